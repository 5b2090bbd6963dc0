package io.candor.scoring;

import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import io.candor.metrics.CallMetrics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the scorer may look at for one deal: the CRM row, its calls in date order, each call's
 * timing metrics and the signals of all its calls. Read-only; the rules never do I/O.
 *
 * @param calls         ordered by date, oldest first ("later call" means a higher position here)
 * @param metricsByCall call id to that call's metrics; a call without metrics is still scored from its turns
 * @param signals       signals of all calls of the deal, in any order
 */
public record DealEvidence(Deal deal, List<Call> calls, Map<String, CallMetrics> metricsByCall, List<Signal> signals) {

    public DealEvidence {
        Objects.requireNonNull(deal, "deal");
        calls = List.copyOf(calls);
        metricsByCall = Map.copyOf(metricsByCall);
        signals = List.copyOf(signals);
    }

    /** Total transcribed words over all calls: below {@code deal-words-min} nothing is judged. */
    public int words() {
        return calls.stream().flatMap(c -> c.turns().stream()).mapToInt(Turn::wordCount).sum();
    }

    /** Share of the transcribed words whose speaker's side stayed UNKNOWN (0 when nothing was said). */
    public double unknownSideShare() {
        int all = words();
        int unknown = calls.stream().flatMap(c -> c.turns().stream()).filter(t -> t.side() == Side.UNKNOWN).mapToInt(Turn::wordCount).sum();
        return all == 0 ? 0 : (double) unknown / all;
    }

    public List<Signal> signals(SignalType type) {
        return signals.stream().filter(s -> s.type() == type).toList();
    }

    /** Signals of a type said by one side, e.g. questions asked by the seller side. */
    public List<Signal> signals(SignalType type, Side side) {
        return signals.stream().filter(s -> s.type() == type && sideOf(s) == side).toList();
    }

    /** The turn a signal fired on, empty when the signal names a call or turn this deal does not have. */
    public Optional<Turn> turn(Signal signal) {
        return call(signal.callId())
                .filter(c -> signal.turnIndex() >= 0 && signal.turnIndex() < c.turns().size())
                .map(c -> c.turns().get(signal.turnIndex()));
    }

    public Side sideOf(Signal signal) {
        return turn(signal).map(Turn::side).orElse(Side.UNKNOWN);
    }

    public Optional<Call> call(String callId) {
        return calls.stream().filter(c -> c.callId().equals(callId)).findFirst();
    }

    /** Position of a call in date order, -1 when unknown. */
    public int position(String callId) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).callId().equals(callId)) {
                return i;
            }
        }
        return -1;
    }

    /** True when turn (callB, turnB) comes after turn (callA, turnA) in the deal's conversation. */
    public boolean isAfter(String callB, int turnB, String callA, int turnA) {
        int a = position(callA);
        int b = position(callB);
        return b > a || (b == a && turnB > turnA);
    }

    /** Real questions (open or closed) per call, by call id; requests, tags and backchannels are not questions. */
    public Map<String, Integer> sellerQuestionsByCall() {
        Map<String, Integer> counts = new HashMap<>();
        calls.forEach(c -> counts.put(c.callId(), 0));
        for (Signal s : signals(SignalType.QUESTION, Side.SELLER)) {
            if (SignalLabels.isRealQuestion(s)) {
                counts.merge(s.callId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
