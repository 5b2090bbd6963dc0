package io.candor.scoring;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.CauseCode;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** NO_URGENCY: no dated next step in any call and no compelling event. */
final class UrgencyRule implements CauseRule {

    private final double urgencySignalsMin;

    UrgencyRule(CandorConfig config) {
        this.urgencySignalsMin = config.threshold("urgency-signals-min");
    }

    @Override
    public CauseCode cause() {
        return CauseCode.NO_URGENCY;
    }

    @Override
    public Optional<Finding> evaluate(DealEvidence evidence) {
        List<Signal> steps = evidence.signals(SignalType.NEXT_STEP);
        long dated = steps.stream().filter(s -> SignalLabels.NEXT_STEP_DATED.equals(s.label())).count();
        long events = evidence.signals(SignalType.COMPELLING_EVENT).size();
        int calls = evidence.calls().size();
        if (calls == 0 || dated + events >= urgencySignalsMin) {
            return Optional.empty();
        }
        // The vague step that closed the last call is how the deal actually ended: quote it first.
        List<Signal> vague = steps.stream()
                .filter(s -> SignalLabels.NEXT_STEP_VAGUE.equals(s.label()))
                .sorted(Comparator.comparingInt((Signal s) -> evidence.position(s.callId())).reversed()
                        .thenComparing(Comparator.comparingInt(Signal::turnIndex).reversed()))
                .toList();
        List<Evidence> quotes = new ArrayList<>();
        vague.stream().limit(3).forEach(s -> quotes.add(Quotes.of(evidence, s)));
        if (quotes.isEmpty()) {
            lastSellerTurn(evidence.calls().get(calls - 1)).ifPresent(t -> quotes.add(Quotes.of(evidence.calls().get(calls - 1).callId(), t)));
        }
        String lastCall = evidence.calls().get(calls - 1).callId();
        boolean endedVague = vague.stream().anyMatch(s -> s.callId().equals(lastCall));
        String summary = "no dated next step in any of " + Figures.count(calls, "call")
                + " and no compelling event (go-live, renewal, board meeting, fiscal-year end, deadline) was discussed"
                + (vague.isEmpty() ? "" : "; " + Figures.count(vague.size(), "next step") + " stayed vague"
                        + (endedVague ? ", including the last call's: \u201c" + vague.get(0).text().strip() + "\u201d" : ""));
        String basis = (dated + events) + " dated next steps or compelling events against a minimum of "
                + Figures.decimal(urgencySignalsMin) + "; a deal with no date tied to the buyer's own goal has no reason to close now";
        double strength = 0.5 + (vague.isEmpty() ? 0 : 0.25) + (endedVague ? 0.25 : 0);
        return Optional.of(new Finding(cause(), summary, dated + events, urgencySignalsMin, basis, strength, Quotes.distinct(quotes, 3)));
    }

    private static Optional<Turn> lastSellerTurn(Call call) {
        List<Turn> turns = call.turns();
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).side() == Side.SELLER) {
                return Optional.of(turns.get(i));
            }
        }
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
    }
}
