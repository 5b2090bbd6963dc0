package io.candor.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Assessment;
import io.candor.domain.Call;
import io.candor.domain.CauseCode;
import io.candor.domain.Deal;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import io.candor.domain.Verdict;
import io.candor.metrics.TimingMetricsCalculator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandorStoreTest {

    @TempDir
    Path dir;

    private CandorStore store;

    @BeforeEach
    void open() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("candor"));
        store = new CandorStore(ds);
        store.initSchema(ds);
        store.initSchema(ds); // idempotent: every start runs it
    }

    @Test
    void dealsRoundTripWithTheirAttributes() {
        Deal deal = deal("D-1");
        store.saveDeal(deal);
        store.saveDeal(deal);

        assertThat(store.deals()).containsExactly(deal);
    }

    @Test
    void savingACallAgainReplacesItsTurnsAndMakesItPendingAgain() {
        store.saveDeal(deal("D-1"));
        Call v1 = call("C-1", "hash-1", "we use NetSuite today");
        store.saveCall(v1, 0);
        store.saveAnalysis("C-1", "hash-1", new TimingMetricsCalculator().measure(v1),
                List.of(new Signal("C-1", 1, SignalType.QUESTION, "open", "what do you use today?", Map.of("topics", "situation"))));
        assertThat(store.pendingCallIds()).isEmpty();

        Call v2 = call("C-1", "hash-2", "we moved to SAP");
        store.saveCall(v2, 0);

        assertThat(store.turnCount()).isEqualTo(2);
        assertThat(store.signalCount()).isZero();
        assertThat(store.pendingCallIds()).containsExactly("C-1");
        assertThat(store.call("C-1")).contains(v2);
    }

    @Test
    void analysisIsStoredOnceHoweverOftenItIsReplayed() {
        store.saveDeal(deal("D-1"));
        Call c = call("C-1", "h", "we use NetSuite today");
        store.saveCall(c, 0);
        var signals = List.of(
                new Signal("C-1", 0, SignalType.QUESTION, "open", "so walk me through it", Map.of()),
                new Signal("C-1", 0, SignalType.DISCOVERY_TOPIC, "situation", "so walk me through it", Map.of()));
        store.saveAnalysis("C-1", "h", new TimingMetricsCalculator().measure(c), signals);
        store.saveAnalysis("C-1", "h", new TimingMetricsCalculator().measure(c), signals);

        assertThat(store.signals("C-1")).isEqualTo(signals);
        assertThat(store.metrics("C-1")).contains(new TimingMetricsCalculator().measure(c));
    }

    @Test
    void retainingDropsCallsAndDealsThatLeftTheCorpus() {
        store.saveDeal(deal("D-1"));
        store.saveDeal(deal("D-2"));
        store.saveCall(call("C-1", "h", "x"), 0);
        store.saveCall(new Call("C-2", "D-2", null, null, "t/C-2.txt", "text", "h", List.of(
                new Turn(0, "A", null, Side.BUYER, null, null, "hello"))), 0);

        assertThat(store.retainDeals(Set.of("D-1"))).containsExactly("D-2");
        assertThat(store.callIds()).containsExactly("C-1");
        assertThat(store.retainCalls(Set.of())).containsExactly("C-1");
        assertThat(store.turnCount()).isZero();
    }

    @Test
    void assessmentsReplaceTheirFindings() {
        store.saveDeal(deal("D-1"));
        var finding = new Finding(CauseCode.TALKED_MORE_THAN_LISTENED, "seller talk share 71 %", 0.71, 0.65,
                "Gong Labs", 0.4, List.of(new Evidence("C-1", 1000L, "Tyler Brandt", Side.SELLER, "let me show you")));
        var a = new Assessment("D-1", Verdict.LIKELY_OUR_FAULT, 72, List.of(finding),
                new Assessment.ReasonCheck("budget", "CONTRADICTS", "buyer said money exists"));
        store.saveAssessment(a);
        store.saveAssessment(a);

        assertThat(store.assessment("D-1")).contains(a);
    }

    private static Deal deal(String id) {
        return new Deal(id, "Name", "Acme", "Tyler Brandt", "tyler@paperlane.io", new BigDecimal("84000.50"), "USD",
                LocalDate.of(2026, 9, 12), "Closed Lost", "Budget", "no budget", null, Map.of("Region", "West"));
    }

    private static Call call(String id, String hash, String buyerText) {
        return new Call(id, "D-1", Instant.parse("2026-06-03T15:00:00Z"), "Discovery", "transcripts/D-1/" + id + ".vtt", "vtt", hash,
                List.of(new Turn(0, "Tyler Brandt", "tyler@paperlane.io", Side.SELLER, 0L, 4_000L, "so what do you use today?"),
                        new Turn(1, "Dana Cho", null, Side.BUYER, 4_500L, 9_000L, buyerText)));
    }
}
