package io.candor.nlp.questions;

import static io.candor.nlp.questions.QuestionCues.BACKCHANNEL_WORDS;
import static io.candor.nlp.questions.QuestionCues.NEGATION;
import static io.candor.nlp.questions.QuestionCues.TAG_WORDS;

import java.util.List;
import java.util.Set;

/**
 * The question-looking things that are not discovery questions: backchannels and echoes, tag
 * questions, quoted questions, abandoned starts, requests and rhetorical questions.
 */
final class NonQuestionRules {

    private static final Set<String> INTERJECTIONS = Set.of("oh", "ah", "wow", "really", "huh", "hmm", "whoa", "okay", "ok");
    private static final Set<String> FUNCTION_TAGS = Set.of("DT", "IN", "CC", "PRP$", "TO", "UH");
    private static final Set<String> POLITE_FILLERS = Set.of("please", "just", "also", "maybe", "quickly", "kindly");

    private NonQuestionRules() {
    }

    /** "Oh, really?", "Sorry?", "Yeah?", "oh, do they?", "you did?", "Twice?" after "charged twice". */
    static boolean isBackchannel(SentenceContext ctx) {
        List<Token> w = ctx.words();
        if (w.isEmpty() || w.size() > 5) {
            return false;
        }
        boolean allBackchannel = w.size() <= 4 && w.stream().allMatch(t -> BACKCHANNEL_WORDS.contains(t.word()));
        if (allBackchannel && (ctx.questionMark() || w.stream().anyMatch(t -> t.is("really")))) {
            return true;
        }
        int i = 0;
        while (i < w.size() && INTERJECTIONS.contains(w.get(i).word())) {
            i++;
        }
        List<Token> rest = w.subList(i, w.size());
        if (isBareInversion(rest) || ctx.questionMark() && isBareDeclarative(rest)) {
            return true;
        }
        return ctx.questionMark() && isEcho(rest, ctx.previousOther());
    }

    /** "do they", "is it", "isn't it", "did you": an auxiliary and a pronoun and nothing else. */
    private static boolean isBareInversion(List<Token> w) {
        if (w.size() < 2 || w.size() > 3 || !QuestionFormScanner.isAuxiliary(w.get(0))) {
            return false;
        }
        int j = w.size() == 3 && NEGATION.contains(w.get(1).word()) ? 2 : 1;
        return j == w.size() - 1 && w.get(j).tagStarts("PRP");
    }

    /** "you did?", "they do?", "it is?". */
    private static boolean isBareDeclarative(List<Token> w) {
        return w.size() == 2 && w.get(0).tagStarts("PRP") && QuestionFormScanner.isAuxiliary(w.get(1));
    }

    private static boolean isEcho(List<Token> w, List<Token> previousOther) {
        if (w.isEmpty() || w.size() > 3 || previousOther.isEmpty() || w.stream().anyMatch(Token::isFinite)) {
            return false;
        }
        Set<String> said = previousOther.stream().map(Token::word).collect(java.util.stream.Collectors.toSet());
        return w.stream().filter(t -> !FUNCTION_TAGS.contains(t.tag())).allMatch(t -> said.contains(t.word()));
    }

    /**
     * Index where a tag ("…, right?", "…, isn't it?", "…, am I right?") begins, or -1. Without a
     * comma only unpunctuated text can carry a tag, and then only the unambiguous "right"/"correct".
     */
    static int tagStart(SentenceContext ctx) {
        List<Token> t = ctx.tokens();
        int end = t.size();
        while (end > 0 && t.get(end - 1).isPunct()) {
            end--;
        }
        int comma = -1;
        for (int k = end - 1; k > 0 && k >= end - 5; k--) {
            if (t.get(k).is(",")) {
                comma = k;
                break;
            }
        }
        if (comma >= 2) {
            List<Token> tail = t.subList(comma + 1, end);
            if (isTag(tail)) {
                return comma;
            }
        }
        if (!ctx.punctuated() && end >= 5 && (t.get(end - 1).is("right") || t.get(end - 1).is("correct"))) {
            Token before = t.get(end - 2);
            boolean partOfClause = before.is("all") || before.is("'s") || before.is("is") || before.is("not") || before.is("that")
                    || before.is("exactly") || before.is("'re") || before.is("are") || before.tagStarts("RB");
            return partOfClause ? -1 : end - 1;
        }
        return -1;
    }

    private static boolean isTag(List<Token> tail) {
        if (tail.size() == 1) {
            return TAG_WORDS.contains(tail.get(0).word());
        }
        if (isBareInversion(tail)) {
            return true;
        }
        String words = String.join(" ", tail.stream().map(Token::word).toList());
        return words.equals("am i right") || words.equals("you know") || words.equals("do n't you think")
                || words.equals("would n't you say") || words.equals("is that right");
    }

    /** The form repeats somebody else's question: "they ask me, why is it late?". */
    static boolean isQuotedAt(List<Token> t, QuestionForm form) {
        int from = Math.max(0, form.boundaryStart() - 6);
        for (int k = form.start() - 1; k >= from; k--) {
            Token verb = t.get(k);
            if (!QuestionCues.REPORTING_VERBS.contains(verb.lemma()) || !verb.tagStarts("VB")) {
                continue;
            }
            if (verb.lemma().equals("go") && !(verb.is("goes") || verb.is("went"))) {
                continue;
            }
            return !isAskingTheListener(t, k);
        }
        return false;
    }

    /** "let me ask", "can I ask", "I'd ask you", "I was wondering": the speaker's own question. */
    private static boolean isAskingTheListener(List<Token> t, int verb) {
        int k = verb - 1;
        boolean modal = false;
        while (k >= 0 && (t.get(k).tagStarts("RB") || t.get(k).tagStarts("MD") || t.get(k).lemma().equals("be")
                || t.get(k).lemma().equals("keep") || t.get(k).is("to") || t.get(k).is("want") || t.get(k).is("wanted"))) {
            modal |= t.get(k).tagStarts("MD");
            k--;
        }
        if (k < 0) {
            return true; // "Ask them, ..." is an instruction, not a report
        }
        Token subject = t.get(k);
        if (subject.is("me") || subject.is("let")) {
            return true;
        }
        if (subject.is("i")) {
            boolean invertedModal = k > 0 && t.get(k - 1).tagStarts("MD");
            return invertedModal || modal || t.get(verb).lemma().equals("wonder"); // "can I ask", "I'd ask", "I wonder"
        }
        return false;
    }

    /** The question is cut off ("is this a, well, anyway, let me back up") before {@code until}. */
    static boolean isAbandoned(List<Token> t, QuestionForm form, int until) {
        for (int k = form.start() + 1; k < until; k++) {
            for (List<String> marker : QuestionCues.ABANDON_MARKERS) {
                if (QuestionCues.startsWith(t, k, marker) && (t.get(k - 1).isPunct() || QuestionCues.FILLERS.contains(t.get(k - 1).word()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Can you send me the deck?", "Would you mind adding...", "Could we get fifteen minutes...". */
    static boolean isRequest(List<Token> t, QuestionForm form) {
        int s = form.start();
        if (form.type() != QuestionForm.Type.YES_NO || s + 2 >= t.size() || !QuestionCues.MODALS.contains(t.get(s).word())) {
            return false;
        }
        String who = t.get(s + 1).word();
        int v = s + 2;
        while (v < t.size() && POLITE_FILLERS.contains(t.get(v).word())) {
            v++;
        }
        if (v >= t.size()) {
            return false;
        }
        Token verb = t.get(v);
        Token object = v + 1 < t.size() ? t.get(v + 1) : verb;
        return switch (who) {
            case "you" -> verb.is("mind") && v + 1 < t.size() && QuestionCues.REQUEST_VERBS.contains(object.lemma())
                    || "VB".equals(verb.tag()) && QuestionCues.REQUEST_VERBS.contains(verb.lemma())
                        && !(verb.lemma().equals("get") && !object.tagStarts("PRP"));
            case "i" -> !t.get(s).is("will") && !t.get(s).is("would") && (verb.lemma().equals("get") || verb.lemma().equals("have") || verb.lemma().equals("grab"));
            case "we" -> verb.lemma().equals("book") || verb.lemma().equals("schedule")
                    || verb.lemma().equals("set") && object.is("up") || verb.lemma().equals("get") && !object.is("there");
            default -> false;
        };
    }

    /** "who doesn't want...", "why would you...", or answered at once by the asker. */
    static boolean isRhetorical(SentenceContext ctx, QuestionForm form) {
        for (List<String> opening : QuestionCues.RHETORICAL_OPENINGS) {
            if (QuestionCues.startsWith(ctx.tokens(), form.start(), opening)) {
                return true;
            }
        }
        List<Token> next = ctx.nextInUtterance().stream().filter(tk -> !tk.isPunct()).toList();
        if (!next.isEmpty() && ctx.questionMark()) {
            Token first = next.get(0);
            boolean denial = next.size() > 1 && (first.is("we") || first.is("i")) && (next.get(1).is("do") || next.get(1).is("would") || next.get(1).is("wo"))
                    && next.size() > 2 && next.get(2).is("n't");
            if (QuestionCues.SELF_ANSWER_STARTS.contains(first.word()) || denial) {
                return true;
            }
        }
        return ctx.lastInUtterance() && ctx.speakerGoesOn();
    }
}
