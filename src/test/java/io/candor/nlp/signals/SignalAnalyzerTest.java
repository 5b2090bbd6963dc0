package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.ANALYZER;
import static io.candor.nlp.signals.SignalFixtures.CONFIG;
import static io.candor.nlp.signals.SignalFixtures.DEAL;
import static io.candor.nlp.signals.SignalFixtures.buyer;
import static io.candor.nlp.signals.SignalFixtures.call;
import static io.candor.nlp.signals.SignalFixtures.seller;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Call;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SignalAnalyzerTest {

    private static final Call CALL = call("c7", Instant.parse("2024-03-14T15:00:00Z"),
            seller(0, "Thanks for the time today. Where are you with the evaluation?"),
            buyer(1, "Honestly, our CFO thinks it's too pricey, and Sally loves what Acme showed her."),
            seller(2, "Understood. Customers your size see payback in under 6 months."),
            buyer(3, "The board froze all discretionary spending until next year, so it's tough. How do I sell this to my CFO?"),
            seller(4, "Let's meet next Tuesday at 2pm with your CFO to walk through the numbers."),
            buyer(5, "  "));

    @Test
    void oneCallGivesEachDetectorsSignalsWithCallIdAndTurnIndex() {
        List<Signal> signals = ANALYZER.analyze(DEAL, CALL, CONFIG);
        assertThat(signals).allSatisfy(s -> assertThat(s.callId()).isEqualTo("c7"));
        assertThat(signals).extracting(s -> s.turnIndex() + ":" + s.type() + ":" + s.label()).contains(
                "1:DETRACTOR:doubts", "1:DETRACTOR:prefers_competitor", "1:COMPETITOR_MENTION:Acme", "1:PERSON_MENTION:Sally",
                "2:BUSINESS_CASE:payback", "3:EXTERNAL_CAUSE:budget", "3:JUSTIFICATION_ASK:ask", "4:NEXT_STEP:dated", "4:ECONOMIC_BUYER:cfo");
        assertThat(signals).noneMatch(s -> s.turnIndex() == 5);
        assertThat(signals).filteredOn(s -> s.type() == SignalType.NEXT_STEP).singleElement()
                .satisfies(s -> assertThat(s.details()).containsEntry("date", "2024-03-19").containsEntry("proposer", "seller"));
    }

    @Test
    void twoThreadsSharingOneAnalyzerGetTheSameSignals() throws Exception {
        List<Signal> expected = ANALYZER.analyze(DEAL, CALL, CONFIG);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<List<Signal>> task = () -> ANALYZER.analyze(DEAL, CALL, CONFIG);
            var futures = pool.invokeAll(List.of(task, task, task, task));
            for (var f : futures) {
                assertThat(f.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCallWithoutStartTimeStillGivesDatedStepsWithoutADate() {
        Call undated = new Call("c8", "D-1", null, null, "x.txt", "text", "h", List.of(seller(0, "Let's meet next Tuesday at 2pm.")));
        assertThat(ANALYZER.analyze(DEAL, undated, CONFIG)).filteredOn(s -> s.type() == SignalType.NEXT_STEP).singleElement()
                .satisfies(s -> {
                    assertThat(s.label()).isEqualTo("dated");
                    assertThat(s.details()).doesNotContainKey("date");
                });
    }
}
