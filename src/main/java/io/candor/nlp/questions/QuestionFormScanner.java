package io.candor.nlp.questions;

import static io.candor.nlp.questions.QuestionCues.AUX;
import static io.candor.nlp.questions.QuestionCues.CLAUSE_MARKERS;
import static io.candor.nlp.questions.QuestionCues.NEGATION;
import static io.candor.nlp.questions.QuestionCues.PROMPT_CONTINUATIONS;
import static io.candor.nlp.questions.QuestionCues.PROMPT_VERBS;
import static io.candor.nlp.questions.QuestionCues.SUBJECT_TAGS;
import static io.candor.nlp.questions.QuestionCues.SUBJECT_WORDS;
import static io.candor.nlp.questions.QuestionCues.WH;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds question clauses in one sentence by POS and word order, not by "?": ASR drops question
 * marks and puts them on statements. A clause may start at the sentence start or after a comma or
 * a clause marker ("yeah that makes sense so what does..."), always after fillers and false starts.
 */
final class QuestionFormScanner {

    private static final Set<String> WH_MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "RB", "RBR", "NN", "NNS", "NNP",
            "NNPS", "IN", "DT", "PRP$", "CD", "POS");
    private static final Set<String> CURIOSITY_OPENERS = Set.of("curious", "wondering", "wonder");
    private static final Set<String> LOVE_TO = Set.of("love", "like", "want");
    private static final Set<String> LEARN_VERBS = Set.of("hear", "understand", "know", "learn");

    private QuestionFormScanner() {
    }

    static List<QuestionForm> scan(List<Token> tokens) {
        List<QuestionForm> forms = new ArrayList<>();
        int lastStart = -1;
        for (int i = 0; i < tokens.size(); i++) {
            boolean boundary = i == 0 || isBoundary(tokens.get(i - 1));
            QuestionForm.Type midSentence = boundary ? null : midSentenceFormAt(tokens, i);
            if (!boundary && midSentence == null) {
                continue;
            }
            int core = boundary ? QuestionCues.skipFillers(tokens, i) : i;
            if (core <= lastStart || core >= tokens.size() || continuesRelative(tokens, i)) {
                continue;
            }
            QuestionForm.Type type = boundary ? formAt(tokens, core, i == 0) : midSentence;
            if (type != null) {
                forms.add(new QuestionForm(type, core, i));
                lastStart = core;
            }
        }
        return forms;
    }

    /** "…, which, honestly, is the part people dread": the verb after an aside still belongs to the relative clause. */
    private static boolean continuesRelative(List<Token> t, int i) {
        int k = i - 1;
        while (k > 0 && (t.get(k).isPunct() || t.get(k).tagStarts("RB") || t.get(k).tagStarts("UH"))) {
            k--;
        }
        return k >= 0 && k < i - 1 && (t.get(k).is("which") || t.get(k).is("who"));
    }

    private static boolean isBoundary(Token previous) {
        return previous.isPunct() || CLAUSE_MARKERS.contains(previous.word());
    }

    private static QuestionForm.Type formAt(List<Token> t, int c, boolean sentenceInitial) {
        QuestionForm.Type prompt = promptAt(t, c);
        if (prompt != null) {
            return prompt;
        }
        if (isWhQuestionAt(t, c, sentenceInitial)) {
            return QuestionForm.Type.WH;
        }
        return isInvertedAt(t, c, sentenceInitial) ? QuestionForm.Type.YES_NO : null;
    }

    /** "what does", "how many people are you", "who owns", "what about security", "why?". */
    static boolean isWhQuestionAt(List<Token> t, int c, boolean sentenceInitial) {
        Token wh = t.get(c);
        if (!WH.contains(wh.word())) {
            return false;
        }
        int j = c + 1;
        if (j >= t.size() || t.get(j).isPunct()) {
            // "why?" alone; but mid-sentence "every touch, who, when." lists and "…, which, honestly, is…" relates.
            return sentenceInitial || j >= t.size() || t.get(j).is("?");
        }
        if (t.get(j).is("about") || t.get(j).is("else") && (j + 1 >= t.size() || t.get(j + 1).isPunct())) {
            return true;
        }
        if (wh.is("when") || wh.is("where") || wh.is("why")) {
            return isAuxiliary(t.get(j)); // "when would you", not "when the board wants"
        }
        if (wh.is("how")) {
            return isHowQuestionAt(t, j);
        }
        // Relative clauses after a comma ("Excel, which is painful") look like subject wh-questions.
        boolean relativeRisk = !sentenceInitial && (wh.is("which") || wh.is("who")) && c > 0 && t.get(c - 1).isPunct();
        int modifiers = 0;
        while (j < t.size() && modifiers < 6 && !isAuxiliary(t.get(j)) && !t.get(j).isFinite()
                && (WH_MODIFIER_TAGS.contains(t.get(j).tag()) || t.get(j).is("else")
                    || t.get(j).tagStarts("PRP") && t.get(j - 1).tagStarts("IN"))) {
            j++;
            modifiers++;
        }
        if (j >= t.size()) {
            return modifiers <= 2 && modifiers > 0 && t.get(c).word().length() > 0 && endsSentence(t, j); // "which one"
        }
        Token verb = t.get(j);
        if (verb.isPunct()) {
            return modifiers <= 2; // "which one?", "how so?"
        }
        if (!(isAuxiliary(verb) || verb.isFinite())) {
            return false;
        }
        return !(relativeRisk && modifiers == 0);
    }

    private static boolean endsSentence(List<Token> t, int j) {
        return j >= t.size();
    }

    /** "how does", "how many people are", "how long did it take"; not "how we do it". */
    private static boolean isHowQuestionAt(List<Token> t, int j) {
        int k = j;
        while (k < t.size() && k < j + 3 && (t.get(k).tagStarts("JJ") || t.get(k).tagStarts("RB") || t.get(k).tagStarts("NN")) && !isAuxiliary(t.get(k))) {
            k++;
        }
        return k < t.size() && (isAuxiliary(t.get(k)) || t.get(k).isFinite() && k > j);
    }

    /**
     * In unpunctuated text a question often starts mid-sentence with no marker before it:
     * "we integrate with avalara are you on avalara", "i'm the project lead what's yours".
     * Only inversions that statements almost never contain count here.
     */
    private static QuestionForm.Type midSentenceFormAt(List<Token> t, int i) {
        Token w = t.get(i);
        Token previous = t.get(i - 1);
        if (WH.contains(previous.word()) || previous.is("if") || previous.is("whether") || previous.is("that")) {
            return null;
        }
        if (WH.contains(w.word()) && i + 2 < t.size() && isAuxiliary(t.get(i + 1)) && isSubjectStart(t.get(i + 2))
                && !previous.lemma().equals("be") && !previous.lemma().equals("know") && !previous.lemma().equals("see")) {
            return QuestionForm.Type.WH;
        }
        if (startsInvertedDoOrModal(t, i)) {
            return QuestionForm.Type.YES_NO;
        }
        boolean beOrHave = w.is("are") || w.is("were") || w.is("have") || w.is("is");
        if (beOrHave && w.isFinite() && i + 1 < t.size() && !previous.tagStarts("PRP")) {
            Token subject = t.get(i + 1);
            boolean next2Finite = i + 2 < t.size() && t.get(i + 2).isFinite();
            // "is there a way…" asks; "the value is there." ends a statement with nothing left to ask about.
            boolean thereAsks = subject.is("there") && (w.is("is") || w.is("are")) && i + 2 < t.size() && !t.get(i + 2).isPunct();
            if ((subject.is("you") && !w.is("is") || thereAsks) && !next2Finite) {
                return QuestionForm.Type.YES_NO;
            }
        }
        return null;
    }

    /** Auxiliary or modal before its subject: "do you", "is the card", "can't we", "are there". */
    static boolean isInvertedAt(List<Token> t, int c, boolean sentenceInitial) {
        Token aux = t.get(c);
        if (!isAuxiliary(aux) || aux.word().startsWith("'")) {
            return false;
        }
        int j = c + 1;
        if (j < t.size() && NEGATION.contains(t.get(j).word())) {
            j++;
        }
        if (j >= t.size()) {
            return false;
        }
        if (!isSubjectStart(t.get(j))) {
            // ASR lower-cases names and the tagger calls them verbs: "would nadia take a meeting".
            return aux.tagStarts("MD") && j + 1 < t.size() && "VB".equals(t.get(j + 1).tag())
                    && !Set.of("be", "have", "like", "need", "want").contains(t.get(j).word());
        }
        Token subject = t.get(j);
        if (aux.lemma().equals("have") && (subject.is("a") || subject.is("an") || subject.is("some"))) {
            return false; // "had a great time": a statement with its subject dropped
        }
        if (aux.lemma().equals("do") && !sentenceInitial) {
            return hasBaseVerbAfter(t, j + 1, 5); // "and did the pilot" is a statement, "and did you try" is not
        }
        return true;
    }

    /** Do-support and modal+pronoun inversions are safe to find mid-sentence in unpunctuated text. */
    private static boolean startsInvertedDoOrModal(List<Token> t, int i) {
        Token aux = t.get(i);
        if (i > 0 && (WH.contains(t.get(i - 1).word()) || t.get(i - 1).is("if") || t.get(i - 1).is("whether")
                || t.get(i - 1).is("that") || t.get(i - 1).tagStarts("PRP") || t.get(i - 1).tagStarts("NN") && aux.lemma().equals("be"))) {
            return false;
        }
        if (i + 1 >= t.size() || !aux.isFinite()) {
            return false;
        }
        Token next = t.get(i + 1);
        if (aux.lemma().equals("do") && (aux.is("do") || aux.is("does") || aux.is("did"))) {
            return (next.tagStarts("PRP") || next.tagStarts("NNP")) && !(next.is("you") && i + 2 < t.size() && t.get(i + 2).is("know") && !hasBaseVerbAfter(t, i + 3, 4));
        }
        return aux.tagStarts("MD") && (next.is("you") || next.is("we") || next.is("they"))
                && i + 2 < t.size() && "VB".equals(t.get(i + 2).tag()) && !t.get(i + 2).is("know");
    }

    private static boolean hasBaseVerbAfter(List<Token> t, int from, int window) {
        for (int k = from; k < Math.min(t.size(), from + window); k++) {
            if ("VB".equals(t.get(k).tag()) || "VBP".equals(t.get(k).tag())) {
                return true;
            }
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    static boolean isAuxiliary(Token t) {
        return AUX.contains(t.word()) && t.isFinite();
    }

    private static boolean isSubjectStart(Token t) {
        return (SUBJECT_TAGS.contains(t.tag()) || SUBJECT_WORDS.contains(t.word())) && !t.isPunct();
    }

    /**
     * "walk me through", "tell me about", "help me understand", "I'm curious how", "could you describe",
     * and their yes-no cousins "can you tell me if", "I was wondering whether".
     */
    static QuestionForm.Type promptAt(List<Token> t, int c) {
        int j = c;
        if (j + 1 < t.size() && QuestionCues.MODALS.contains(t.get(j).word()) && t.get(j + 1).is("you")) {
            j += 2;
            while (j < t.size() && (t.get(j).is("please") || t.get(j).is("just") || t.get(j).is("maybe") || t.get(j).is("quickly"))) {
                j++;
            }
            if (j + 1 < t.size() && t.get(j).is("mind") && t.get(j + 1).tagStarts("VBG")) {
                j++;
            }
        }
        if (j < t.size() && PROMPT_VERBS.contains(t.get(j).lemma()) && (j > c || !t.get(j).isFinite() || "VBP".equals(t.get(j).tag()) || "VB".equals(t.get(j).tag()))) {
            QuestionForm.Type type = promptContinuation(t, j);
            if (type != null) {
                return type;
            }
        }
        return curiosityAt(t, c);
    }

    private static QuestionForm.Type promptContinuation(List<Token> t, int verb) {
        String lemma = t.get(verb).lemma();
        int k = verb + 1;
        if (k < t.size() && (t.get(k).is("me") || t.get(k).is("us"))) {
            k++;
        } else if (!(lemma.equals("describe") || lemma.equals("explain") || lemma.equals("share") || lemma.equals("elaborate") || lemma.equals("expand"))) {
            return null;
        }
        while (k < t.size() && (t.get(k).tagStarts("RB") && !WH.contains(t.get(k).word()) || t.get(k).isPunct())) {
            k++; // "tell me roughly how many"
        }
        if (k >= t.size()) {
            return lemma.equals("describe") || lemma.equals("explain") ? QuestionForm.Type.OPEN_PROMPT : null;
        }
        Token next = t.get(k);
        if (next.is("if") || next.is("whether")) {
            return QuestionForm.Type.CLOSED_PROMPT;
        }
        if (lemma.equals("share")) {
            return next.is("more") || next.is("a") && k + 1 < t.size() && (t.get(k + 1).is("bit") || t.get(k + 1).is("little"))
                    ? QuestionForm.Type.OPEN_PROMPT : null;
        }
        if (lemma.equals("give") || lemma.equals("paint")) {
            return next.is("a") || next.is("an") ? QuestionForm.Type.OPEN_PROMPT : null;
        }
        if (lemma.equals("help")) {
            return next.is("understand") ? QuestionForm.Type.OPEN_PROMPT : null;
        }
        if (lemma.equals("describe") || lemma.equals("explain") || lemma.equals("elaborate") || lemma.equals("expand")) {
            return QuestionForm.Type.OPEN_PROMPT;
        }
        return PROMPT_CONTINUATIONS.contains(next.word()) && !next.is("a") ? QuestionForm.Type.OPEN_PROMPT : null;
    }

    /** "I'm curious how...", "I was wondering if...", "I'd love to hear what...". */
    private static QuestionForm.Type curiosityAt(List<Token> t, int c) {
        int end = Math.min(t.size(), c + 5);
        for (int k = c; k < end; k++) {
            Token w = t.get(k);
            if (k > c && (w.isFinite() && !isAuxiliary(w) || w.isPunct())) {
                return null;
            }
            int after = -1;
            if (CURIOSITY_OPENERS.contains(w.word())) {
                after = k + 1;
            } else if (LOVE_TO.contains(w.lemma()) && k + 2 < t.size() && t.get(k + 1).is("to") && LEARN_VERBS.contains(t.get(k + 2).lemma())) {
                after = k + 3;
            }
            if (after >= 0) {
                if (k == c && !w.is("curious")) {
                    return null;
                }
                if (after < t.size() && (t.get(after).is("to") && after + 1 < t.size() && LEARN_VERBS.contains(t.get(after + 1).lemma()))) {
                    after += 2;
                }
                if (after >= t.size()) {
                    return null;
                }
                Token next = t.get(after);
                if (next.is("if") || next.is("whether")) {
                    return QuestionForm.Type.CLOSED_PROMPT;
                }
                if (next.is("about") || WH.contains(next.word())) {
                    return QuestionForm.Type.OPEN_PROMPT;
                }
                return null;
            }
        }
        return null;
    }
}
