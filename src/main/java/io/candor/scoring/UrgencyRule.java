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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * NO_URGENCY: no dated next step after the call it was agreed on, and no compelling event with a date.
 * <ul>
 * <li>A step dated the call's own day ("I'll send the recap today") gives the deal no date to work
 * toward; only a day after the call does ("let's meet Tuesday the 21st").</li>
 * <li>A compelling event counts when it is tied to a date on or after the call ("our contract ends
 * September 30th"); "after go-live you get a success manager" names an event, not a deadline.</li>
 * </ul>
 */
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
        long dated = steps.stream().filter(s -> SignalLabels.NEXT_STEP_DATED.equals(s.label()))
                .filter(s -> isAfterTheCall(evidence, s, false)).count();
        long events = evidence.signals(SignalType.COMPELLING_EVENT).stream()
                .filter(s -> isAfterTheCall(evidence, s, true)).count();
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
        String summary = "no next step dated after the call in any of " + Figures.count(calls, "call")
                + " and no compelling event (go-live, renewal, board meeting, fiscal-year end, deadline) with a date was discussed"
                + (vague.isEmpty() ? "" : "; " + Figures.count(vague.size(), "next step") + " stayed vague"
                        + (endedVague ? ", including the last call's: \u201c" + vague.get(0).text().strip() + "\u201d" : ""));
        String basis = (dated + events) + " next steps dated after their call or compelling events with a date against a minimum of "
                + Figures.decimal(urgencySignalsMin) + "; a deal with no date tied to the buyer's own goal has no reason to close now";
        double strength = 0.5 + (vague.isEmpty() ? 0 : 0.25) + (endedVague ? 0.25 : 0);
        return Optional.of(new Finding(cause(), summary, dated + events, urgencySignalsMin, basis, strength, Quotes.distinct(quotes, 3)));
    }

    /**
     * Whether the signal's date lies ahead of its call: after the call's day for a next step, on or after it
     * for an event. A dated step from a call without a start time cannot be placed and still counts.
     */
    private static boolean isAfterTheCall(DealEvidence evidence, Signal s, boolean sameDayCounts) {
        String date = SignalLabels.detail(s, SignalLabels.DETAIL_DATE);
        LocalDate callDay = evidence.call(s.callId()).map(Call::startedAt).map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)).orElse(null);
        if (date == null || date.isBlank()) {
            return !sameDayCounts && callDay == null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return false;
        }
        return callDay == null || day.isAfter(callDay) || (sameDayCounts && day.equals(callDay));
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
