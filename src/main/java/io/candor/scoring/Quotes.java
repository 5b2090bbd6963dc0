package io.candor.scoring;

import io.candor.domain.Evidence;
import io.candor.domain.Signal;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns transcript turns into evidence quotes short enough to read in a report and still say something. */
public final class Quotes {

    /** Long enough for a sentence or two of context; a whole five-minute monologue would bury the point. */
    static final int MAX_CHARS = 320;
    /** A finding carries at most this many quotes (the report shows them all). */
    public static final int MAX_PER_FINDING = 5;

    private Quotes() {
    }

    /** The whole turn, shortened to {@link #MAX_CHARS} from its start. */
    public static Evidence of(String callId, Turn turn) {
        return new Evidence(callId, turn.startMs(), turn.speaker(), turn.side(), shorten(turn.text(), null));
    }

    /** The turn around the span a signal fired on, so the telling sentence is never cut off. */
    public static Evidence of(DealEvidence evidence, Signal signal) {
        Turn turn = evidence.turn(signal).orElseThrow(() -> new IllegalArgumentException(
                "signal " + signal.type() + " points at call " + signal.callId() + " turn " + signal.turnIndex()
                        + ", which deal " + evidence.deal().dealId() + " does not have"));
        return new Evidence(signal.callId(), turn.startMs(), turn.speaker(), turn.side(), shorten(turn.text(), signal.text()));
    }

    /** Keeps the first {@code max} distinct quotes (same call and start = same quote). */
    public static List<Evidence> distinct(List<Evidence> candidates, int max) {
        Set<String> seen = new LinkedHashSet<>();
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : candidates) {
            if (out.size() >= max) {
                break;
            }
            if (seen.add(e.callId() + "|" + e.startMs() + "|" + e.quote())) {
                out.add(e);
            }
        }
        return out;
    }

    static String shorten(String text, String focus) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= MAX_CHARS) {
            return t;
        }
        int at = focus == null ? -1 : t.indexOf(focus.strip().replaceAll("\\s+", " "));
        int start = 0;
        if (at > 0 && at + Math.min(focus.length(), MAX_CHARS) > MAX_CHARS - 20) {
            start = Math.max(0, Math.min(at - 60, t.length() - MAX_CHARS));
            int space = t.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(t.length(), start + MAX_CHARS);
        int space = t.lastIndexOf(' ', end);
        end = end < t.length() && space > start + MAX_CHARS / 2 ? space : end;
        return (start > 0 ? "… " : "") + t.substring(start, end).strip() + (end < t.length() ? " …" : "");
    }
}
