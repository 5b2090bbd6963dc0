package io.candor.generate;

import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of a turn with its share of the turn's time, as subtitle and ASR formats cut
 * speech into cues; parsers must merge consecutive cues of one speaker back into the turn.
 */
record Cue(String speaker, long startMs, long endMs, String text) {

    static List<Cue> of(Turn turn) {
        String[] sentences = turn.text().split("(?<=[.!?])\\s+");
        List<Cue> cues = new ArrayList<>(sentences.length);
        long span = turn.endMs() - turn.startMs();
        long start = turn.startMs();
        int total = turn.text().length();
        int consumed = 0;
        for (int i = 0; i < sentences.length; i++) {
            consumed += sentences[i].length() + (i + 1 < sentences.length ? 1 : 0);
            long end = i + 1 == sentences.length ? turn.endMs() : turn.startMs() + span * consumed / total;
            cues.add(new Cue(turn.speaker(), start, end, sentences[i]));
            start = end;
        }
        return cues;
    }

    static List<Cue> of(List<Turn> turns) {
        List<Cue> cues = new ArrayList<>();
        turns.forEach(t -> cues.addAll(of(t)));
        return cues;
    }

    /** hh:mm:ss with the given separator before the milliseconds ("." for WebVTT, "," for SubRip). */
    static String clock(long ms, char millisSeparator) {
        return String.format("%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, millisSeparator, ms % 1000);
    }

    static double seconds(long ms) {
        return ms / 1000.0;
    }
}
