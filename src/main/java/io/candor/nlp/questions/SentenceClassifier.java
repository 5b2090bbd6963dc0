package io.candor.nlp.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides what one sentence is. Order matters: first what the sentence's own grammar says
 * (backchannel, question clauses minus quoted, tag and abandoned ones), then what the conversation
 * says for sentences grammar cannot settle (declarative questions, fragments ending in "?").
 */
final class SentenceClassifier {

    private static final Set<String> ELLIPTICAL_CLOSED_STARTS = Set.of("any", "anything", "anyone", "anybody", "want",
            "need", "mind", "sound", "sounds", "make", "makes", "got", "everything", "everyone");
    private static final Set<String> DECLARATIVE_QUESTION_OPENERS = Set.of("so", "and");

    private SentenceClassifier() {
    }

    static QuestionKind classify(SentenceContext ctx) {
        if (ctx.words().isEmpty()) {
            return QuestionKind.NONE;
        }
        if (NonQuestionRules.isBackchannel(ctx)) {
            return QuestionKind.BACKCHANNEL;
        }
        List<Token> t = ctx.tokens();
        List<QuestionForm> scanned = QuestionFormScanner.scan(t);
        int tag = NonQuestionRules.tagStart(ctx);
        List<QuestionForm> forms = liveForms(t, scanned, tag);
        if (!forms.isEmpty()) {
            return classifyForms(ctx, forms);
        }
        if (tag >= 0 && scanned.stream().noneMatch(f -> f.start() < tag)) {
            return QuestionKind.TAG;
        }
        if (!scanned.isEmpty()) {
            return QuestionKind.NONE; // quoted or abandoned
        }
        return classifyWithoutForm(ctx);
    }

    /** Drops forms inside a tag, inside a quote, or cut off before they were finished. */
    private static List<QuestionForm> liveForms(List<Token> t, List<QuestionForm> scanned, int tag) {
        List<QuestionForm> live = new ArrayList<>();
        boolean previousQuoted = false;
        for (int i = 0; i < scanned.size(); i++) {
            QuestionForm f = scanned.get(i);
            int until = i + 1 < scanned.size() ? scanned.get(i + 1).start() : t.size();
            boolean quoted = NonQuestionRules.isQuotedAt(t, f) || previousQuoted && continuesQuote(t, f);
            previousQuoted = quoted;
            if ((tag < 0 || f.start() < tag) && !quoted && !NonQuestionRules.isAbandoned(t, f, until)) {
                live.add(f);
            }
        }
        return live;
    }

    /** "She asks, where is the data stored, and who can see it?": the second question is hers too. */
    private static boolean continuesQuote(List<Token> t, QuestionForm f) {
        int b = f.boundaryStart();
        return b > 0 && (t.get(b - 1).is("and") || t.get(b - 1).is(",") || t.get(b - 1).is("or"));
    }

    private static QuestionKind classifyForms(SentenceContext ctx, List<QuestionForm> forms) {
        if (forms.stream().anyMatch(f -> NonQuestionRules.isRhetorical(ctx, f))) {
            return QuestionKind.RHETORICAL;
        }
        if (forms.stream().anyMatch(QuestionForm::isOpen)) {
            return offersAlternatives(ctx.tokens(), forms) ? QuestionKind.CLOSED : QuestionKind.OPEN;
        }
        if (forms.stream().allMatch(f -> NonQuestionRules.isRequest(ctx.tokens(), f))) {
            return QuestionKind.REQUEST;
        }
        return QuestionKind.CLOSED;
    }

    /** "Which do you prefer, the pilot or the trial?": a wh-word that only lets you choose. */
    private static boolean offersAlternatives(List<Token> t, List<QuestionForm> forms) {
        return forms.size() == 1 && t.get(forms.get(0).start()).is("which") && t.stream().anyMatch(tk -> tk.is("or"));
    }

    private static QuestionKind classifyWithoutForm(SentenceContext ctx) {
        List<Token> t = ctx.tokens();
        int core = QuestionCues.skipFillers(t, 0);
        if (core >= t.size()) {
            return QuestionKind.NONE;
        }
        Token head = t.get(core);
        boolean hasFinite = t.stream().skip(core).anyMatch(Token::isFinite);
        if (ctx.questionMark()) {
            if (containsWhInSitu(t, core) || head.is("thoughts") || head.is("any") && core + 1 < t.size() && t.get(core + 1).is("thoughts")) {
                return QuestionKind.OPEN;
            }
            if (ctx.lastInUtterance() && ctx.speakerGoesOn()) {
                return QuestionKind.NONE; // statement with a rising tone, the speaker carries on
            }
            if (ELLIPTICAL_CLOSED_STARTS.contains(head.word()) || !hasFinite) {
                return QuestionKind.CLOSED;
            }
            boolean speakerAboutThemselves = QuestionCues.FIRST_PERSON.contains(head.word());
            return !speakerAboutThemselves || ReplyEvidence.answers(t, ctx.reply()) ? QuestionKind.CLOSED : QuestionKind.NONE;
        }
        if (!ctx.punctuated() && head.is("any") && !hasFinite) {
            return QuestionKind.CLOSED;
        }
        return isDeclarativeQuestion(ctx, core) ? QuestionKind.CLOSED : QuestionKind.NONE;
    }

    /** "And they'll be ramped by when?": the wh-word stayed where the answer goes. */
    private static boolean containsWhInSitu(List<Token> t, int core) {
        for (int k = core; k < t.size(); k++) {
            if (QuestionCues.WH.contains(t.get(k).word())) {
                int next = k + 1;
                return next >= t.size() || t.get(next).isPunct() || t.get(next).is("many") || t.get(next).is("much")
                        || t.get(next).is("long") || t.get(next).is("often");
            }
        }
        return false;
    }

    /**
     * "so you're on NetSuite today", "and your CFO reviews it after that": a statement about the
     * listener, ending the turn, which the listener then confirms, denies or answers.
     */
    private static boolean isDeclarativeQuestion(SentenceContext ctx, int core) {
        List<Token> t = ctx.tokens();
        if (!ctx.lastInUtterance() || ctx.reply().isEmpty() || endsWithQuestion(ctx.previousOther())
                || t.stream().anyMatch(tk -> tk.is("i") || tk.is("we"))) {
            return false; // an answer to the other's question, or the speaker talking about themselves
        }
        Token first = t.get(0);
        Token head = t.get(core);
        boolean aboutListener = QuestionCues.SECOND_PERSON.contains(head.word())
                || DECLARATIVE_QUESTION_OPENERS.contains(first.word()) && !QuestionCues.FIRST_PERSON.contains(head.word())
                || head.is("i") && core + 1 < t.size() && (t.get(core + 1).is("assume") || t.get(core + 1).is("take") || t.get(core + 1).is("guess"));
        return aboutListener && ReplyEvidence.answers(t, ctx.reply());
    }

    private static boolean endsWithQuestion(List<Token> utterance) {
        return !utterance.isEmpty() && utterance.get(utterance.size() - 1).is("?");
    }
}
