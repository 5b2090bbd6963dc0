package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TalkShareRuleTest {

    private final TalkShareRule rule = new TalkShareRule(CandorConfig.defaults());

    @Test
    void firesWhenTheSellerSideTalksAboveSixtyFivePercentAndQuotesTheLongestMonologues() {
        DealEvidence deal = Fixtures.deal(Fixtures.Knobs.good().sellerSeconds(113)).build();
        double share = TalkShare.of(deal.calls()).sellerShare();
        assertThat(share).isBetween(0.70, 0.74);

        Finding f = rule.evaluate(deal).orElseThrow();

        assertThat(f.figure()).isEqualTo(share);
        assertThat(f.threshold()).isEqualTo(0.65);
        assertThat(f.summary()).startsWith("seller side talked " + Figures.percent(share) + " of the conversation across 3 calls (by time)")
                .contains("ran over 1 min 16 s");
        assertThat(f.basis()).contains("65 %").contains("Gong Labs");
        assertThat(f.evidence()).hasSize(3).allSatisfy(e -> assertThat(e.speakerSide()).isEqualTo(Side.SELLER));
        // The longest monologue of the deal is the 113 s question-plus-pitch turn, not the 8 s greeting that comes first.
        assertThat(f.evidence().get(0).quote()).doesNotContain("thanks for making time");
        assertThat(f.strength()).isBetween(0.25, 1.0);
    }

    @Test
    void doesNotFireOnTheNearMissAtFiftyEightPercent() {
        DealEvidence deal = Fixtures.deal(Fixtures.Knobs.good().sellerSeconds(59)).build();
        assertThat(TalkShare.of(deal.calls()).sellerShare()).isBetween(0.57, 0.59);

        Optional<Finding> f = rule.evaluate(deal);

        assertThat(f).isEmpty();
    }

    @Test
    void untimedTranscriptsAreMeasuredInWords() {
        DealBuilder b = DealBuilder.deal("D-2002", "Tyler Brandt", "Timing");
        b.call("C-2002-1", "Discovery")
                .turn("Tyler Brandt", null, Side.SELLER, 0, "So let me tell you all about Paperlane and our capture engine and "
                        .repeat(10))
                .turn("Jordan Lee", null, Side.BUYER, 0, "Okay sure.");
        DealEvidence deal = b.build();

        Finding f = rule.evaluate(deal).orElseThrow();

        assertThat(f.summary()).contains("(by words)").contains("the longest 130 words");
    }
}
