package io.candor.index;

import java.util.List;

/**
 * A matching turn, or a turn of a hit's surrounding conversation.
 *
 * @param callDate      ISO yyyy-MM-dd, null when the call's date is unknown
 * @param startMs       milliseconds from the start of the recording, null when untimed
 * @param snippet       the best passage(s) with the query's hits marked; for context turns, the whole text unmarked
 * @param score         relevance (NaN for context turns)
 * @param contextBefore up to N earlier turns of the same call, oldest first (empty unless asked for)
 * @param contextAfter  up to N later turns of the same call, in order
 */
public record TurnHit(String turnId, String dealId, String callId, String callDate, String rep, String speaker,
                      String side, int turnIndex, Long startMs, Snippet snippet, String text, float score,
                      List<TurnHit> contextBefore, List<TurnHit> contextAfter) {

    public TurnHit {
        contextBefore = List.copyOf(contextBefore);
        contextAfter = List.copyOf(contextAfter);
    }

    /** The time as mm:ss (h:mm:ss past an hour), or "--:--" when untimed. */
    public String time() {
        if (startMs == null) {
            return "--:--";
        }
        long s = startMs / 1000;
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }

    TurnHit withContext(List<TurnHit> before, List<TurnHit> after) {
        return new TurnHit(turnId, dealId, callId, callDate, rep, speaker, side, turnIndex, startMs, snippet, text, score, before, after);
    }
}
