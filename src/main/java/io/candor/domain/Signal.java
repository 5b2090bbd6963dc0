package io.candor.domain;

import java.util.Map;

/**
 * Something a detector saw in one turn: a question, a detractor statement, a dated next step...
 *
 * @param type    what kind of signal (stable names, used as search filters)
 * @param label   the detector's label within the type, e.g. "open", "closed", "request" for questions
 * @param text    the sentence or span it fired on
 * @param details further facts, e.g. person, stance, competitor, normalized date, topics
 */
public record Signal(String callId, int turnIndex, SignalType type, String label, String text, Map<String, String> details) {

    public Signal {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
