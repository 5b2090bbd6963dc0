package io.candor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.CauseCode;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static final List<GeneratedDeal> DEALS = new CorpusGenerator(11).deals(150).toList();

    @Test
    void sameSeedSameDealsOtherSeedOtherDeals() {
        assertThat(new CorpusGenerator(11).deals(150).toList()).isEqualTo(DEALS);
        assertThat(new CorpusGenerator(12).deal(0)).isNotEqualTo(DEALS.get(0));
        assertThat(new CorpusGenerator(11).deal(37)).as("a deal does not depend on the ones before it").isEqualTo(DEALS.get(37));
    }

    @Test
    void everySignalPointsAtATurnThatSaysIt() {
        for (GeneratedDeal deal : DEALS) {
            for (GeneratedCall call : deal.calls()) {
                for (Signal s : call.signals()) {
                    Turn turn = call.call().turns().get(s.turnIndex());
                    assertThat(turn.text()).as("%s in %s", s.type(), s.callId()).contains(s.text());
                    assertThat(s.callId()).isEqualTo(call.call().callId());
                }
            }
        }
    }

    @Test
    void turnsAreOrderedAndTimed() {
        for (GeneratedDeal deal : DEALS) {
            for (GeneratedCall call : deal.calls()) {
                List<Turn> turns = call.call().turns();
                assertThat(turns).isNotEmpty().allMatch(Turn::timed);
                for (int i = 1; i < turns.size(); i++) {
                    assertThat(turns.get(i).index()).isEqualTo(i);
                    assertThat(turns.get(i).startMs()).isGreaterThanOrEqualTo(turns.get(i - 1).endMs());
                    assertThat(turns.get(i).speaker()).as("consecutive lines of one speaker are one turn").isNotEqualTo(turns.get(i - 1).speaker());
                }
            }
        }
    }

    @Test
    void missedDetractorIsNamedButNeverHeard() {
        List<GeneratedDeal> missed = with(CauseCode.MISSED_DETRACTOR);
        assertThat(missed).hasSizeGreaterThan(5);
        for (GeneratedDeal deal : missed) {
            Signal detractor = signals(deal, SignalType.DETRACTOR).get(0);
            String person = detractor.details().get("person");
            assertThat(speakers(deal)).doesNotContain(person);
        }
    }

    @Test
    void singleThreadedDealsHearOneBuyer() {
        for (GeneratedDeal deal : with(CauseCode.SINGLE_THREADED)) {
            Set<String> buyers = deal.calls().stream().flatMap(c -> c.call().turns().stream())
                    .filter(t -> t.side() == Side.BUYER).map(Turn::speaker).collect(Collectors.toSet());
            assertThat(buyers).hasSize(1);
        }
        long multiThreaded = DEALS.stream().filter(d -> !d.plannedCauses().contains(CauseCode.SINGLE_THREADED) && d.calls().size() > 1)
                .filter(d -> d.calls().stream().flatMap(c -> c.call().turns().stream()).filter(t -> t.side() == Side.BUYER)
                        .map(Turn::speaker).distinct().count() > 1).count();
        assertThat(multiThreaded).isGreaterThan(20);
    }

    @Test
    void noUrgencyMeansNoDatedNextStepAndNoCompellingEvent() {
        for (GeneratedDeal deal : with(CauseCode.NO_URGENCY)) {
            assertThat(signals(deal, SignalType.NEXT_STEP)).isNotEmpty().allMatch(s -> s.label().equals("vague"));
            assertThat(signals(deal, SignalType.COMPELLING_EVENT)).isEmpty();
        }
        assertThat(DEALS.stream().flatMap(d -> signals(d, SignalType.NEXT_STEP).stream()).filter(s -> s.label().equals("dated")))
                .isNotEmpty().allMatch(s -> s.details().get("date").matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void talkativeRepsDominateTheConversation() {
        for (GeneratedDeal deal : with(CauseCode.TALKED_MORE_THAN_LISTENED)) {
            assertThat(sellerWordShare(deal)).as(deal.deal().dealId()).isGreaterThan(0.65);
        }
        double typical = DEALS.stream().filter(d -> !d.calls().isEmpty() && d.plannedCauses().isEmpty())
                .mapToDouble(CorpusGeneratorTest::sellerWordShare).average().orElseThrow();
        assertThat(typical).isLessThan(0.6);
    }

    @Test
    void weakDiscoveryAsksOnlyClosedQuestions() {
        for (GeneratedDeal deal : with(CauseCode.WEAK_DISCOVERY)) {
            assertThat(signals(deal, SignalType.QUESTION).stream().filter(s -> s.label().equals("open"))
                    .filter(s -> speakerOf(deal, s).side() == Side.SELLER)).isEmpty();
        }
    }

    @Test
    void externalCausesAndProductGapsAreSaidOnTheCalls() {
        assertThat(with(CauseCode.EXTERNAL_BUDGET)).allMatch(d -> signals(d, SignalType.EXTERNAL_CAUSE).stream().anyMatch(s -> s.label().equals("budget")));
        assertThat(with(CauseCode.EXTERNAL_ORG_CHANGE)).allMatch(d -> signals(d, SignalType.EXTERNAL_CAUSE).stream().anyMatch(s -> s.label().equals("org_change")));
        assertThat(with(CauseCode.PRODUCT_GAP)).allMatch(d -> !signals(d, SignalType.PRODUCT_GAP).isEmpty());
        assertThat(with(CauseCode.NO_BUSINESS_CASE)).allMatch(d -> signals(d, SignalType.BUSINESS_CASE).isEmpty());
    }

    @Test
    void someDealsHaveNoTranscriptAndAreInsufficientEvidence() {
        assertThat(DEALS).filteredOn(d -> d.calls().isEmpty()).isNotEmpty()
                .allMatch(d -> d.plannedAssessment().verdict() == io.candor.domain.Verdict.INSUFFICIENT_EVIDENCE);
    }

    private static List<GeneratedDeal> with(CauseCode cause) {
        List<GeneratedDeal> deals = DEALS.stream().filter(d -> d.plannedCauses().contains(cause) && !d.calls().isEmpty()).toList();
        assertThat(deals).as("deals with %s", cause).isNotEmpty();
        return deals;
    }

    private static List<Signal> signals(GeneratedDeal deal, SignalType type) {
        return deal.calls().stream().flatMap(c -> c.signals().stream()).filter(s -> s.type() == type).toList();
    }

    private static Set<String> speakers(GeneratedDeal deal) {
        return deal.calls().stream().flatMap(c -> c.call().turns().stream()).map(Turn::speaker).collect(Collectors.toSet());
    }

    private static Turn speakerOf(GeneratedDeal deal, Signal s) {
        return deal.calls().stream().filter(c -> c.call().callId().equals(s.callId())).findFirst().orElseThrow()
                .call().turns().get(s.turnIndex());
    }

    private static double sellerWordShare(GeneratedDeal deal) {
        List<Turn> turns = deal.calls().stream().flatMap(c -> c.call().turns().stream()).toList();
        double seller = turns.stream().filter(t -> t.side() == Side.SELLER).mapToInt(Turn::wordCount).sum();
        return seller / turns.stream().mapToInt(Turn::wordCount).sum();
    }
}
