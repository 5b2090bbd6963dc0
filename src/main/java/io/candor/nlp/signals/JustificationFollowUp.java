package io.candor.nlp.signals;

import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deal level: for each JUSTIFICATION_ASK ("how do I sell this to my CFO?"), did a later seller turn
 * (later in the same call or on a later call) answer with business-case figures (a BUSINESS_CASE
 * signal)? An unanswered ask is NO_BUSINESS_CASE evidence for the scorer.
 */
public final class JustificationFollowUp {

    /** One ask; the answer fields name the first seller BUSINESS_CASE after it, else null. */
    public record Outcome(Signal ask, boolean answered, Signal answer) {
    }

    /**
     * @param calls   the deal's calls in order
     * @param signals every signal of the deal
     */
    public List<Outcome> follow(List<Call> calls, List<Signal> signals) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, Map<Integer, Side>> sides = new HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            order.put(c.callId(), i);
            Map<Integer, Side> bySide = new HashMap<>();
            for (Turn t : c.turns()) {
                bySide.put(t.index(), t.side());
            }
            sides.put(c.callId(), bySide);
        }
        var out = new ArrayList<Outcome>();
        for (Signal ask : signals) {
            if (ask.type() != SignalType.JUSTIFICATION_ASK || !order.containsKey(ask.callId())) {
                continue;
            }
            Optional<Signal> answer = signals.stream()
                    .filter(s -> s.type() == SignalType.BUSINESS_CASE && order.containsKey(s.callId()))
                    .filter(s -> sides.get(s.callId()).get(s.turnIndex()) == Side.SELLER)
                    .filter(s -> later(order.get(s.callId()), s.turnIndex(), order.get(ask.callId()), ask.turnIndex()))
                    .min((a, b) -> order.get(a.callId()).equals(order.get(b.callId()))
                            ? Integer.compare(a.turnIndex(), b.turnIndex()) : Integer.compare(order.get(a.callId()), order.get(b.callId())));
            out.add(new Outcome(ask, answer.isPresent(), answer.orElse(null)));
        }
        return out;
    }

    private static boolean later(int call, int turn, int askCall, int askTurn) {
        return call > askCall || (call == askCall && turn > askTurn);
    }
}
