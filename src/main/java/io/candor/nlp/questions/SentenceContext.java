package io.candor.nlp.questions;

import java.util.List;

/**
 * One sentence and the conversation around it: what a single sentence cannot settle (declarative
 * questions, echoes, rhetorical questions) the neighbouring turns often can.
 *
 * @param tokens            the sentence
 * @param questionMark      the sentence ends with "?"
 * @param punctuated        the utterance has any punctuation at all (false for raw ASR text)
 * @param lastInUtterance   nothing follows it in the same turn
 * @param nextInUtterance   the sentence after it in the same turn, empty if none
 * @param previousOther     the last turn of another speaker before this one, empty if none
 * @param reply             the next turn when another speaker says it, empty otherwise
 * @param speakerGoesOn     the next turn is the same speaker's again: nobody was given the floor
 */
record SentenceContext(
        List<Token> tokens,
        boolean questionMark,
        boolean punctuated,
        boolean lastInUtterance,
        List<Token> nextInUtterance,
        List<Token> previousOther,
        List<Token> reply,
        boolean speakerGoesOn) {

    List<Token> words() {
        return tokens.stream().filter(t -> !t.isPunct()).toList();
    }
}
