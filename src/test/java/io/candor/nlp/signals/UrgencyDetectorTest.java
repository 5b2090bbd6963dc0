package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.buyerSays;
import static io.candor.nlp.signals.SignalFixtures.ofType;
import static io.candor.nlp.signals.SignalFixtures.sellerSays;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls are on Thursday 2024-03-14 unless said otherwise. */
class UrgencyDetectorTest {

    private static List<Signal> steps(List<Signal> signals) {
        return ofType(signals, SignalType.NEXT_STEP);
    }

    @Test
    void datedNextStepCarriesTheResolvedDateAndTheProposer() {
        assertThat(steps(sellerSays("Let's meet next Tuesday at 2pm to review the proposal."))).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("dated");
            assertThat(s.details()).containsEntry("date", "2024-03-19").containsEntry("proposer", "seller");
        });
        assertThat(steps(buyerSays("Can you get me the security questionnaire by Monday?"))).singleElement()
                .satisfies(s -> assertThat(s.details()).containsEntry("date", "2024-03-18").containsEntry("proposer", "buyer"));
    }

    @Test
    void aBareDayOfTheMonthIsTheNextSuchDay() {
        assertThat(steps(sellerSays("Let's pencil in the 26th for the pilot kickoff."))).singleElement()
                .satisfies(s -> assertThat(s.details()).containsEntry("date", "2024-03-26"));
    }

    @Test
    void aMonthSaidInDecemberForJanuaryIsNextYear() {
        var call = SignalFixtures.call("c2", Instant.parse("2023-12-12T16:00:00Z"), SignalFixtures.seller(0, "Let's plan the kickoff for January 8th."));
        assertThat(steps(SignalFixtures.ANALYZER.analyze(SignalFixtures.DEAL, call, SignalFixtures.CONFIG))).singleElement()
                .satisfies(s -> assertThat(s.details()).containsEntry("date", "2024-01-08"));
    }

    @Test
    void touchBaseAndCircleBackAreVague() {
        assertThat(steps(sellerSays("Sounds good, let's circle back after you've talked to your team."))).singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("vague"));
        assertThat(steps(sellerSays("Let's touch base in a couple of weeks."))).singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("vague"));
    }

    @Test
    void pastDatesAndDatesThatAreNoNextStepDoNotCount() {
        assertThat(steps(buyerSays("We went live with Zendara in 2019."))).isEmpty();
        assertThat(steps(buyerSays("Last March we renewed for another year."))).isEmpty();
        assertThat(steps(buyerSays("I'm out next Friday, just so you know."))).isEmpty();
        assertThat(steps(buyerSays("We met with Acme on March 5th."))).isEmpty();
    }

    @Test
    void compellingEventWithItsDate() {
        assertThat(ofType(buyerSays("Our contract with Zendara ends June 30, so we need something live before that."), SignalType.COMPELLING_EVENT))
                .singleElement().satisfies(s -> {
                    assertThat(s.label()).isEqualTo("renewal");
                    assertThat(s.details()).containsEntry("date", "2024-06-30");
                });
        assertThat(ofType(buyerSays("Our fiscal year ends June 30."), SignalType.COMPELLING_EVENT)).singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("fiscal_year_end"));
    }

    @Test
    void pastEventIsNoCompellingEvent() {
        assertThat(ofType(buyerSays("We went live with the new ERP in 2019."), SignalType.COMPELLING_EVENT)).isEmpty();
    }

    @Test
    void todayAsNowIsNoNextStepButAPromiseForTodayIs() {
        assertThat(steps(sellerSays("How do invoices flow today?"))).isEmpty();
        assertThat(steps(sellerSays("Walk me through what happens when an invoice comes in today."))).isEmpty();
        assertThat(steps(sellerSays("I'll send a summary email today."))).singleElement()
                .satisfies(s -> assertThat(s.details()).containsEntry("date", "2024-03-14"));
    }

    @Test
    void habitsClockTimesAndOffsetsInYearsAreNoDays() {
        assertThat(steps(buyerSays("The managers come in on Fridays and sign a stack."))).isEmpty();
        assertThat(steps(buyerSays("The CFO meets with me every other Monday."))).isEmpty();
        assertThat(steps(buyerSays("We usually close the books on the 5th of each month."))).isEmpty();
        assertThat(steps(buyerSays("Morning."))).isEmpty();
        assertThat(steps(sellerSays("What would success look like if we talk a year from now?")))
                .allSatisfy(s -> assertThat(s.label()).isEqualTo("vague"));
        assertThat(steps(sellerSays("How's your Thursday going so far?"))).isEmpty();
    }

    @Test
    void productFeaturesAndLivingAreNoEvents() {
        assertThat(ofType(sellerSays("And then down here is the audit trail, every touch, who, when."), SignalType.COMPELLING_EVENT)).isEmpty();
        assertThat(ofType(buyerSays("She's the one who'd be living in it."), SignalType.COMPELLING_EVENT)).isEmpty();
        assertThat(ofType(sellerSays("Yes, it's a hard stop until sponsored programs approves."), SignalType.COMPELLING_EVENT)).isEmpty();
        assertThat(ofType(buyerSays("Our annual audit starts October 1st, and approvals have to be clean by then."), SignalType.COMPELLING_EVENT))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("regulation_deadline"));
    }
}
