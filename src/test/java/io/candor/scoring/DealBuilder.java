package io.candor.scoring;

import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import io.candor.metrics.CallMetrics;
import io.candor.metrics.TimingMetricsCalculator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built deals for tests: calls of timed turns (each turn lasts the seconds given, half a second
 * apart; 0 seconds makes an untimed turn) with the signals a detector would have produced on them.
 */
public final class DealBuilder {

    private final Deal deal;
    private final List<CallBuilder> calls = new ArrayList<>();

    private DealBuilder(Deal deal) {
        this.deal = deal;
    }

    public static DealBuilder deal(String dealId, String owner, String lossReason) {
        return new DealBuilder(new Deal(dealId, dealId + " - AP Automation", "Brightwater Logistics", owner,
                owner.toLowerCase().replace(' ', '.') + "@paperlane.io", new BigDecimal("84000"), "USD",
                LocalDate.parse("2026-09-12"), "Closed Lost", lossReason, null, null, Map.of("Region", "West")));
    }

    public static DealBuilder deal(Deal deal) {
        return new DealBuilder(deal);
    }

    public CallBuilder call(String callId, String title) {
        CallBuilder c = new CallBuilder(callId, title, Instant.parse("2026-05-04T15:00:00Z").plusSeconds(86_400L * 7 * calls.size()));
        calls.add(c);
        return c;
    }

    public Deal dealRecord() {
        return deal;
    }

    public DealEvidence build() {
        List<Call> built = new ArrayList<>();
        Map<String, CallMetrics> metrics = new LinkedHashMap<>();
        List<Signal> signals = new ArrayList<>();
        for (CallBuilder c : calls) {
            Call call = new Call(c.callId, deal.dealId(), c.startedAt, c.title, "transcripts/" + deal.dealId() + "/" + c.callId + ".vtt",
                    "vtt", "hash-" + c.callId, c.turns);
            built.add(call);
            metrics.put(c.callId, new TimingMetricsCalculator().measure(call));
            signals.addAll(c.signals);
        }
        return new DealEvidence(deal, built, metrics, signals);
    }

    /** One call: turns in order, signals attached to the turn added last. */
    public final class CallBuilder {
        final String callId;
        final String title;
        final Instant startedAt;
        final List<Turn> turns = new ArrayList<>();
        final List<Signal> signals = new ArrayList<>();
        private long cursorMs = 2_000;

        CallBuilder(String callId, String title, Instant startedAt) {
            this.callId = callId;
            this.title = title;
            this.startedAt = startedAt;
        }

        public CallBuilder seller(String speaker, int seconds, String text) {
            return turn(speaker, speaker.toLowerCase().replace(' ', '.') + "@paperlane.io", Side.SELLER, seconds, text);
        }

        public CallBuilder buyer(String speaker, int seconds, String text) {
            return turn(speaker, null, Side.BUYER, seconds, text);
        }

        public CallBuilder turn(String speaker, String email, Side side, int seconds, String text) {
            if (seconds <= 0) { // an untimed transcript (plain text without stamps)
                turns.add(new Turn(turns.size(), speaker, email, side, null, null, text));
                return this;
            }
            long start = cursorMs;
            long end = start + seconds * 1000L;
            turns.add(new Turn(turns.size(), speaker, email, side, start, end, text));
            cursorMs = end + 500;
            return this;
        }

        /** A signal on the last turn; its text is the whole turn unless {@link #signalOn} names the span. */
        public CallBuilder signal(SignalType type, String label, String... details) {
            return signalOn(turns.get(turns.size() - 1).text(), type, label, details);
        }

        public CallBuilder signalOn(String span, SignalType type, String label, String... details) {
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i + 1 < details.length; i += 2) {
                map.put(details[i], details[i + 1]);
            }
            signals.add(new Signal(callId, turns.size() - 1, type, label, span, map));
            return this;
        }

        public CallBuilder question(String label, String... topics) {
            signal(SignalType.QUESTION, label, "topics", String.join(",", topics));
            for (String topic : topics) {
                signal(SignalType.DISCOVERY_TOPIC, topic);
            }
            return this;
        }

        public DealBuilder done() {
            return DealBuilder.this;
        }
    }
}
