package io.candor.generate;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Accumulates the turns of one call with plausible timing, and the signals planted in them.
 * Consecutive lines of one speaker become one turn, as every format's parser must merge them.
 */
final class ConversationBuilder {

    /** Conversational speaking rate, about 150 words a minute (the same figure thresholds.yml uses). */
    private static final double WORDS_PER_SECOND = 2.5;

    private final String callId;
    private final Random random;
    private final List<Turn> turns = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private long clockMs;

    ConversationBuilder(String callId, Random random) {
        this.callId = callId;
        this.random = random;
        this.clockMs = 1_000L + random.nextInt(20_000);
    }

    /** Adds a line; returns the index of the turn it ended up in. */
    int say(Person speaker, String text) {
        long duration = Math.round(words(text) / (WORDS_PER_SECOND * (0.85 + 0.3 * random.nextDouble())) * 1000);
        Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
        if (last != null && last.speaker().equals(speaker.name())) {
            long end = last.endMs() + 300 + duration;
            turns.set(turns.size() - 1, new Turn(last.index(), last.speaker(), last.email(), last.side(), last.startMs(), end,
                    last.text() + " " + text));
            clockMs = end;
            return last.index();
        }
        long start = clockMs + 200 + random.nextInt(1_300);
        int index = turns.size();
        turns.add(new Turn(index, speaker.name(), speaker.email(), speaker.side(), start, start + duration, text));
        clockMs = start + duration;
        return index;
    }

    void signal(int turn, SignalType type, String label, String text, Map<String, String> details) {
        signals.add(new Signal(callId, turn, type, label, text, details));
    }

    List<Turn> turns() {
        return turns;
    }

    List<Signal> signals() {
        return signals;
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
