package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.SignalType;
import org.junit.jupiter.api.Test;

class BusinessCaseRuleTest {

    private final BusinessCaseRule rule = new BusinessCaseRule(CandorConfig.defaults());

    /** The plan's D-1001 shape: the buyer names the CFO again and again, nobody builds numbers, the CFO never comes. */
    private static DealBuilder cfoTalkedAboutNeverMet() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noBusinessCase());
        b.call("C-2001-4", "Pricing")
                .buyer("Jordan Lee", 25, "Honestly the money is there if I can justify it. How do I sell this to Dana, our CFO?")
                .signalOn("How do I sell this to Dana, our CFO?", SignalType.JUSTIFICATION_ASK, "ask")
                .signalOn("Dana", SignalType.PERSON_MENTION, "Dana Whitmore", "title", "CFO")
                .seller("Dev Okafor", 30, "Totally, I'll send over our standard deck, it has a great overview of the platform.")
                .buyer("Jordan Lee", 12, "Okay. Dana will want to see numbers though.")
                .signalOn("Dana", SignalType.PERSON_MENTION, "Dana");
        return b;
    }

    @Test
    void firesWhenTheJustificationAskGoesUnansweredAndTheCfoNeverJoins() {
        Finding f = rule.evaluate(cfoTalkedAboutNeverMet().build()).orElseThrow();

        assertThat(f.summary()).isEqualTo("the buyer asked how to justify the spend (C-2001-4 at 00:02) and no seller answer with figures followed;"
                + " no ROI, payback, savings or cost-of-inaction figure in 4 calls;"
                + " the CFO (Dana Whitmore) was mentioned 2 times and never joined a call");
        // The unanswered ask is the most telling quote, so it comes first.
        assertThat(f.evidence().get(0).quote()).contains("How do I sell this to Dana");
        assertThat(f.evidence().get(0).speakerSide()).isEqualTo(Side.BUYER);
        assertThat(f.strength()).isEqualTo(1.0);
    }

    @Test
    void doesNotFireWhenTheSellerBuildsTheCaseWithFiguresEvenIfFinanceNeverJoins() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noBusinessCase());
        b.call("C-2001-4", "Business case")
                .seller("Dev Okafor", 40, "Four thousand invoices a month at nine dollars is $432,000 a year; we take sixty percent off that.")
                .signalOn("$432,000 a year", SignalType.BUSINESS_CASE, "roi", "figure", "$432,000")
                .buyer("Jordan Lee", 10, "That's a number I can take upstairs.");
        assertThat(rule.evaluate(b.build())).isEmpty();
    }

    @Test
    void anAskAnsweredLaterWithFiguresDoesNotFire() {
        DealBuilder b = cfoTalkedAboutNeverMet();
        b.call("C-2001-5", "ROI review")
                .seller("Dev Okafor", 40, "Here's the model: payback in seven months, $260,000 saved a year.")
                .signalOn("$260,000 saved a year", SignalType.BUSINESS_CASE, "savings", "figure", "$260,000");
        assertThat(rule.evaluate(b.build())).isEmpty();
    }

    @Test
    void theGoodDealWithTheCfoOnTheLastCallDoesNotFire() {
        assertThat(rule.evaluate(Fixtures.good().build())).isEmpty();
    }

    /** A controller who spoke is the economic buyer on the call even when nobody says the title aloud (participants.csv does). */
    @Test
    void aFinanceSpeakerKnownOnlyFromTheParticipantsListCountsAsTheEconomicBuyerJoining() {
        var turns = java.util.List.of(
                new io.candor.domain.Turn(0, "Dev Okafor", null, Side.SELLER, 0L, 20_000L, "Thanks for joining, both of you. What would you need to see to move forward?"),
                new io.candor.domain.Turn(1, "Priya Natarajan", null, Side.BUYER, 21_000L, 40_000L, "Mostly that the approvals work the way ours do today."),
                new io.candor.domain.Turn(2, "Tom Reyes", null, Side.BUYER, 41_000L, 60_000L, "And from my side, that the close gets shorter. I sign off on the spend."));
        var deal = new io.candor.domain.Deal("D-1", null, "Cedar Ridge", "Dev Okafor", null, null, null, null, null, "Budget", null, null, java.util.Map.of());
        java.util.function.Function<java.util.Map<String, String>, DealEvidence> evidence = titles -> new DealEvidence(deal,
                java.util.List.of(new io.candor.domain.Call("C-1", "D-1", java.time.Instant.parse("2026-06-01T15:00:00Z"), "Review",
                        "t/C-1.json", "gong-json", "h", turns, titles)),
                java.util.Map.of(), java.util.List.of());

        assertThat(rule.evaluate(evidence.apply(java.util.Map.of("Tom Reyes", "Controller")))).isEmpty();
        assertThat(rule.evaluate(evidence.apply(java.util.Map.of()))).isPresent();
    }
}
