package io.candor.nlp.questions;

/**
 * One turn of a conversation as the question classifier sees it.
 *
 * @param id      caller's identifier of the turn, echoed in every {@link QuestionLabel}
 * @param speaker who spoke; only compared for equality (who answers whom)
 * @param text    what was said, punctuated or not
 */
public record Utterance(String id, String speaker, String text) {

    public Utterance {
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        speaker = speaker == null ? "" : speaker;
        text = text == null ? "" : text;
    }
}
