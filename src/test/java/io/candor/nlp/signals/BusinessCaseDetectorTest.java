package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.buyerSays;
import static io.candor.nlp.signals.SignalFixtures.ofType;
import static io.candor.nlp.signals.SignalFixtures.sellerSays;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.SignalType;
import org.junit.jupiter.api.Test;

class BusinessCaseDetectorTest {

    @Test
    void businessCaseKindsCarryTheirFigure() {
        assertThat(ofType(sellerSays("You'd save roughly $240,000 a year in processing costs."), SignalType.BUSINESS_CASE))
                .singleElement().satisfies(s -> {
                    assertThat(s.label()).isEqualTo("savings");
                    assertThat(s.details()).containsEntry("figure", "$240,000");
                });
        assertThat(ofType(sellerSays("Customers your size typically see a 280% ROI in the first year."), SignalType.BUSINESS_CASE))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("roi"));
        assertThat(ofType(sellerSays("Most teams get payback in under 6 months."), SignalType.BUSINESS_CASE))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("payback"));
        assertThat(ofType(sellerSays("Every month you wait, you're leaving about $18,000 on the table in late fees."), SignalType.BUSINESS_CASE))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("cost_of_inaction"));
    }

    @Test
    void withoutAFigureThereIsNoBusinessCase() {
        assertThat(ofType(sellerSays("The ROI is great, honestly, everyone loves it."), SignalType.BUSINESS_CASE)).isEmpty();
        assertThat(ofType(sellerSays("We can save you a lot of time."), SignalType.BUSINESS_CASE)).isEmpty();
    }

    @Test
    void aRequiredFigureIsABuyingCriterionNotABusinessCase() {
        assertThat(ofType(buyerSays("Our CFO wants a 12-month payback on anything we buy."), SignalType.BUSINESS_CASE)).isEmpty();
    }

    @Test
    void buyerAskingHowToJustifyTheSpend() {
        assertThat(ofType(buyerSays("How do I sell this to my CFO?"), SignalType.JUSTIFICATION_ASK)).singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("ask"));
        assertThat(ofType(buyerSays("Honestly, I don't know how to get this past finance."), SignalType.JUSTIFICATION_ASK)).hasSize(1);
        assertThat(ofType(sellerSays("How do I sell this to my manager?"), SignalType.JUSTIFICATION_ASK)).isEmpty();
    }

    @Test
    void economicBuyerWithTheNameSaidNextToIt() {
        assertThat(ofType(buyerSays("Dana Whitaker, our CFO, signs off on anything over fifty thousand."), SignalType.ECONOMIC_BUYER))
                .extracting(s -> s.label() + ":" + s.details().getOrDefault("person", ""))
                .contains("cfo:Dana Whitaker");
    }

    @Test
    void talkAboutABusinessCaseIsNoAskButAskingForOneIs() {
        assertThat(ofType(buyerSays("She was very clear it's not about you, the business case was good."), SignalType.JUSTIFICATION_ASK)).isEmpty();
        assertThat(ofType(buyerSays("Um, honestly, the price was in line with what I expected, after the business case."),
                SignalType.JUSTIFICATION_ASK)).isEmpty();
        assertThat(ofType(buyerSays("Colleen will want a business case with the write-off number in it."), SignalType.JUSTIFICATION_ASK)).hasSize(1);
        assertThat(ofType(buyerSays("Do you have a template for the business case?"), SignalType.JUSTIFICATION_ASK)).hasSize(1);
    }

    @Test
    void aCountOfOneOrTwoThingsOrASpanOfTimeIsNoFigure() {
        assertThat(ofType(buyerSays("I've lost two people this year."), SignalType.BUSINESS_CASE)).isEmpty();
        assertThat(ofType(sellerSays("And the fraud protection, one bad bank-change fraud and you've lost more than the subscription."),
                SignalType.BUSINESS_CASE)).isEmpty();
        assertThat(ofType(buyerSays("The conveyor system for the DC got cut too, which I'd been fighting for for two years."),
                SignalType.BUSINESS_CASE)).isEmpty();
        assertThat(ofType(sellerSays("Net of the subscription, the investment returns 2.5 times in year one."), SignalType.BUSINESS_CASE))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("roi"));
        assertThat(ofType(sellerSays("So about a hundred and twenty-six thousand a year recovered, against a subscription around seventy-three thousand."),
                SignalType.BUSINESS_CASE)).singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("savings"));
    }
}
