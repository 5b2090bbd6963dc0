package io.candor.nlp.questions;

import java.util.Locale;

/**
 * What a sentence is, seen as a possible question. Only OPEN and CLOSED are discovery questions;
 * the other question-looking kinds are kept apart so a report can show why a "?" did not count.
 */
public enum QuestionKind {
    OPEN, CLOSED, REQUEST, RHETORICAL, TAG, BACKCHANNEL, NONE;

    /** Lower-case name as used in Signal labels, TSV output and the labeled set. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isQuestion() {
        return this == OPEN || this == CLOSED;
    }

    /** The per-utterance vocabulary: open, closed or none. */
    public QuestionKind summary() {
        return isQuestion() ? this : NONE;
    }

    /** Parses "open", "closed", ... case-insensitively; names the bad value otherwise. */
    public static QuestionKind of(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown question label '" + label + "' (expected one of open, closed, request, rhetorical, tag, backchannel, none)");
        }
    }

    /** Summary priority: open beats closed beats everything else. */
    static QuestionKind stronger(QuestionKind a, QuestionKind b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(QuestionKind k) {
        return switch (k) {
            case OPEN -> 2;
            case CLOSED -> 1;
            default -> 0;
        };
    }
}
