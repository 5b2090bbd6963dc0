package io.candor.nlp.questions;

/**
 * The classifier's verdict on one sentence.
 *
 * @param utteranceId   the {@link Utterance#id()} the sentence belongs to
 * @param sentenceIndex 0-based position of the sentence within the utterance
 * @param text          the sentence as written
 * @param label         what the sentence is
 */
public record QuestionLabel(String utteranceId, int sentenceIndex, String text, QuestionKind label) {
}
