package io.candor.web.transcript;

import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Signal;
import io.candor.domain.Turn;
import io.candor.metrics.CallMetrics;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole call as the transcript page shows it.
 *
 * @param date       yyyy-MM-dd (UTC) or null when unknown
 * @param talkShare  "Seller 64 % · Buyer 36 % (by time)", or null before the call is analysed
 * @param targetTurn the turn the link pointed at, or null
 */
public record TranscriptView(String callId, String title, String date, String dealId, String dealName, String account,
                             String rep, String source, String format, String talkShare, Integer targetTurn,
                             List<TurnView> turns) {

    public TranscriptView {
        turns = List.copyOf(turns);
    }

    static TranscriptView of(Call call, Optional<Deal> deal, Optional<CallMetrics> metrics, List<Signal> signals, Integer target) {
        Map<Integer, List<Signal>> byTurn = signals.stream().collect(Collectors.groupingBy(Signal::turnIndex));
        List<TurnView> turns = call.turns().stream()
                .map(t -> turn(t, byTurn.getOrDefault(t.index(), List.of()), target))
                .toList();
        return new TranscriptView(call.callId(), call.title(),
                call.startedAt() == null ? null : call.startedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                call.dealId(), deal.map(Deal::dealName).orElse(null), deal.map(Deal::account).orElse(null),
                deal.map(Deal::ownerName).orElse(null), call.source(), call.format(),
                metrics.map(TranscriptView::talkShare).orElse(null), target, turns);
    }

    private static TurnView turn(Turn t, List<Signal> signals, Integer target) {
        List<TurnView.Badge> badges = signals.stream()
                .map(SignalStyle::of)
                .sorted(Comparator.comparingInt(SignalStyle::priority))
                .map(style -> new TurnView.Badge(style.caption(), style.cssClass()))
                .distinct()
                .toList();
        return new TurnView(t.index(), TranscriptLinks.anchor(t.index()), t.speaker(), t.side().label(),
                TimeStamps.format(t.startMs()), TextMarks.segments(t.text(), signals), badges,
                target != null && target == t.index());
    }

    private static String talkShare(CallMetrics m) {
        return String.format("Seller %d %% · Buyer %d %% (by %s)",
                Math.round(m.sellerTalkShare() * 100), Math.round(m.buyerTalkShare() * 100), m.measuredBy());
    }
}
