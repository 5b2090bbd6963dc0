package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.Assessment;
import io.candor.domain.CauseCode;
import io.candor.domain.Finding;
import io.candor.domain.SignalType;
import io.candor.domain.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealScorerTest {

    private final DealScorer scorer = new DealScorer(CandorConfig.defaults());

    private static List<CauseCode> causes(Assessment a) {
        return a.findings().stream().map(Finding::cause).toList();
    }

    @Test
    void aWellRunDealHasNoFindingAndIsNotOurFault() {
        Assessment a = scorer.score(Fixtures.good().build());

        assertThat(a.findings()).isEmpty();
        assertThat(a.verdict()).isEqualTo(Verdict.LIKELY_EXTERNAL);
        assertThat(a.faultScore()).isZero();
        assertThat(a.reasonCheck().agreement()).isEqualTo("CANNOT_JUDGE");
    }

    @Test
    void repCausesOnlyAreLikelyOurFaultAndMoreCausesScoreHigher() {
        Assessment one = scorer.score(Fixtures.deal(Fixtures.Knobs.good().noUrgency()).build());
        Assessment three = scorer.score(Fixtures.deal(Fixtures.Knobs.good().noUrgency().sellerSeconds(113).questions(2)).build());

        assertThat(causes(one)).containsExactly(CauseCode.NO_URGENCY);
        assertThat(one.verdict()).isEqualTo(Verdict.LIKELY_OUR_FAULT);
        assertThat(causes(three)).containsExactly(CauseCode.WEAK_DISCOVERY, CauseCode.TALKED_MORE_THAN_LISTENED, CauseCode.NO_URGENCY);
        assertThat(three.verdict()).isEqualTo(Verdict.LIKELY_OUR_FAULT);
        assertThat(three.faultScore()).isGreaterThan(one.faultScore()).isBetween(50, 100);
        assertThat(one.faultScore()).isBetween(10, 50);
    }

    @Test
    void anExternalFindingTempersARepVerdictToMixedAndLowersTheScore() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noUrgency());
        Assessment before = scorer.score(b.build());
        b.call("C-2001-4", "Bad news").buyer("Jordan Lee", 30, "We got acquired by Northwind and everything is frozen until the integration.")
                .signal(SignalType.EXTERNAL_CAUSE, "org_change");

        Assessment after = scorer.score(b.build());

        assertThat(causes(after)).containsExactly(CauseCode.NO_URGENCY, CauseCode.EXTERNAL_ORG_CHANGE);
        assertThat(after.verdict()).isEqualTo(Verdict.MIXED);
        assertThat(after.faultScore()).isLessThan(before.faultScore());
    }

    @Test
    void externalCausesOnlyAreLikelyExternal() {
        DealBuilder b = Fixtures.good();
        b.call("C-2001-4", "Bad news").buyer("Jordan Lee", 30, "The season is cancelled, so the project is off for this year.")
                .signal(SignalType.EXTERNAL_CAUSE, "priority");

        Assessment a = scorer.score(b.build());

        assertThat(causes(a)).containsExactly(CauseCode.EXTERNAL_PRIORITY);
        assertThat(a.verdict()).isEqualTo(Verdict.LIKELY_EXTERNAL);
        assertThat(a.faultScore()).isZero();
    }

    @Test
    void noCallsOrTooFewWordsIsInsufficientEvidenceWithoutFindings() {
        Assessment none = scorer.score(DealBuilder.deal("D-1022", "Megan Castillo", "Went Dark").build());
        DealBuilder shortCall = DealBuilder.deal("D-1014", "Megan Castillo", "Went Dark");
        shortCall.call("C-1014-1", "Reschedule").buyer("Front Desk", 10, "Dr. Patel is with a patient, can we move this to Thursday?")
                .seller("Megan Castillo", 5, "Sure, no problem.");

        Assessment brief = scorer.score(shortCall.build());

        for (Assessment a : List.of(none, brief)) {
            assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
            assertThat(a.findings()).isEmpty();
            assertThat(a.faultScore()).isZero();
            assertThat(a.reasonCheck().agreement()).isEqualTo("CANNOT_JUDGE");
        }
    }

    @Test
    void verdictCutOffsComeFromConfiguration() {
        CandorConfig d = CandorConfig.defaults();
        Map<String, Double> thresholds = new HashMap<>(d.thresholds());
        thresholds.put("verdict-our-fault-rep-share-min", 0.5);
        CandorConfig lenient = new CandorConfig(null, List.of(), List.of(), List.of(), Map.of(), thresholds, d.lexicons(), d.weights());
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noUrgency().sellerSeconds(113).questions(2));
        b.call("C-2001-4", "Bad news").buyer("Jordan Lee", 30, "Also, we have a new CFO and everything is under review.")
                .signal(SignalType.EXTERNAL_CAUSE, "org_change");

        assertThat(scorer.score(b.build()).verdict()).isEqualTo(Verdict.MIXED);
        assertThat(new DealScorer(lenient).score(b.build()).verdict()).isEqualTo(Verdict.LIKELY_OUR_FAULT);
    }

    /** Sides are never guessed: a deal where Candor cannot tell who is selling is not judged. */
    @Test
    void aDealWhoseSpeakersCannotBePlacedIsNotJudged() {
        var judged = Fixtures.deal(Fixtures.Knobs.good().noUrgency().sellerSeconds(113).questions(2)).build();
        var unplaced = new DealEvidence(judged.deal(), judged.calls().stream().map(c -> new io.candor.domain.Call(c.callId(), c.dealId(),
                        c.startedAt(), c.title(), c.source(), c.format(), c.contentHash(),
                        c.turns().stream().map(t -> t.side() == io.candor.domain.Side.BUYER ? t.withSide(io.candor.domain.Side.UNKNOWN, t.email()) : t).toList()))
                .toList(), judged.metricsByCall(), judged.signals());

        assertThat(scorer.score(judged).verdict()).isEqualTo(Verdict.LIKELY_OUR_FAULT);
        assertThat(unplaced.unknownSideShare()).isGreaterThan(0.2);
        Assessment a = scorer.score(unplaced);
        assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(a.findings()).isEmpty();
    }
}
