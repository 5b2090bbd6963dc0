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
}
