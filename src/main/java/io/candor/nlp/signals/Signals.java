package io.candor.nlp.signals;

import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the signals detectors emit: one sentence of one turn, with the call's id. */
final class Signals {

    private Signals() {
    }

    static Signal of(CallContext ctx, AnnotatedTurn turn, SignalType type, String label, CoreSentence sentence, Map<String, String> details) {
        return new Signal(ctx.call().callId(), turn.turn().index(), type, label, sentence.text(), withoutBlanks(details));
    }

    /** Details with null or blank values left out, so consumers test presence, not emptiness. */
    static Map<String, String> withoutBlanks(Map<String, String> details) {
        var out = new LinkedHashMap<String, String>();
        details.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(k, v);
            }
        });
        return out;
    }

    static Map<String, String> details(String... keyValues) {
        var out = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            out.put(keyValues[i], keyValues[i + 1]);
        }
        return out;
    }
}
