package io.candor.nlp.questions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the other speaker's reply as evidence that a statement was really a question: "so you're
 * on NetSuite today" followed by "yeah, we are" or "no, ..." or an answer that picks up its words.
 */
final class ReplyEvidence {

    private static final Set<String> POLAR_STARTS = Set.of("yeah", "yes", "yep", "yup", "no", "nope", "nah",
            "correct", "right", "exactly", "absolutely", "definitely", "mostly", "both", "partly", "true",
            "mm-hmm", "uh-huh", "kind", "sort", "pretty", "not", "indeed", "precisely");
    private static final Set<String> LEAD_INS = Set.of("oh", "um", "uh", "well", "hmm", "mm", "ah", ",", ".");
    private static final Set<String> AFFIRMING_PRONOUNS = Set.of("we", "you", "it", "they", "i", "that", "he", "she");
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "get", "go", "make");

    private ReplyEvidence() {
    }

    static boolean answers(List<Token> candidate, List<Token> reply) {
        if (reply.isEmpty()) {
            return false;
        }
        int i = 0;
        while (i < reply.size() && LEAD_INS.contains(reply.get(i).word())) {
            i++;
        }
        if (i >= reply.size()) {
            return false;
        }
        Token first = reply.get(i);
        if (POLAR_STARTS.contains(first.word())) {
            return true;
        }
        if (i + 1 < reply.size() && AFFIRMING_PRONOUNS.contains(first.word()) && QuestionFormScanner.isAuxiliary(reply.get(i + 1))
                && (i + 2 >= reply.size() || reply.get(i + 2).isPunct() || reply.get(i + 2).is("n't") || reply.get(i + 2).is("not"))) {
            return true; // "we are.", "you do.", "it isn't"
        }
        return echoesContent(candidate, reply.subList(i, Math.min(reply.size(), i + 4)));
    }

    /** The reply opens with a content word of the statement ("Chat and email, ..." after "inbound is mostly chat"). */
    private static boolean echoesContent(List<Token> candidate, List<Token> replyStart) {
        Set<String> lemmas = candidate.stream().filter(ReplyEvidence::isContent).map(Token::lemma).collect(Collectors.toSet());
        return replyStart.stream().filter(ReplyEvidence::isContent).anyMatch(t -> lemmas.contains(t.lemma()));
    }

    private static boolean isContent(Token t) {
        return (t.tagStarts("NN") || t.tagStarts("JJ") || t.tagStarts("VB") && !LIGHT_VERBS.contains(t.lemma())) && t.word().length() > 2;
    }
}
