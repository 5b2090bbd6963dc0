package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.buyerSays;
import static io.candor.nlp.signals.SignalFixtures.ofType;
import static io.candor.nlp.signals.SignalFixtures.sellerSays;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Idioms, phrasal verbs and near-misses added for recall on new phrasing (labels/dev2). Sentences here
 * are worded differently from the labeled sets, so they test the general cue, not a memorized row.
 * The call is on Thursday 2024-03-14 (SignalFixtures).
 */
class IdiomaticPhrasingTest {

    private static List<String> labels(List<Signal> signals, SignalType type) {
        return ofType(signals, type).stream().map(Signal::label).toList();
    }

    @Test
    void idiomsOfPreferenceOppositionAndDoubtMakeDetractors() {
        assertThat(ofType(buyerSays("Our treasurer is all in on Ledgerly, she won't hear of anything else."), SignalType.DETRACTOR))
                .singleElement().satisfies(s -> {
                    assertThat(s.label()).isEqualTo("prefers_competitor");
                    assertThat(s.details()).containsEntry("person", "treasurer").containsEntry("competitor", "Ledgerly");
                });
        assertThat(labels(buyerSays("Marta has been talking up Acme to the whole finance team."), SignalType.DETRACTOR))
                .containsExactly("prefers_competitor");
        assertThat(labels(buyerSays("Our general manager nixed the pilot on Monday."), SignalType.DETRACTOR)).containsExactly("opposes");
        assertThat(labels(buyerSays("Procurement is on the fence about a third vendor in the stack."), SignalType.DETRACTOR))
                .containsExactly("doubts");
    }

    @Test
    void reschedulingAndDoubtsAboutACompetitorAreNoDetractors() {
        assertThat(ofType(buyerSays("Our CFO pushed back the review to next month."), SignalType.DETRACTOR)).isEmpty();
        assertThat(ofType(buyerSays("Luis was wary of Zendara's contract terms as well."), SignalType.DETRACTOR)).isEmpty();
        assertThat(ofType(buyerSays("Our controller is all in on this, she sponsored the evaluation."), SignalType.DETRACTOR)).isEmpty();
    }

    @Test
    void phrasalNextStepsWithADayAreDated() {
        assertThat(ofType(sellerSays("I'll shoot the order form over first thing Monday."), SignalType.NEXT_STEP)).singleElement()
                .satisfies(s -> assertThat(s.details()).containsEntry("date", "2024-03-18"));
        assertThat(ofType(buyerSays("I'll run it by our controller on the 20th and get back to you."), SignalType.NEXT_STEP)).singleElement()
                .satisfies(s -> assertThat(s.details()).containsEntry("date", "2024-03-20"));
    }

    @Test
    void openEndedFollowUpsAreVagueButHypotheticalsAreNone() {
        assertThat(labels(sellerSays("I'll keep you posted on the pricing approval."), SignalType.NEXT_STEP)).containsExactly("vague");
        assertThat(labels(buyerSays("We can pick this back up down the road."), SignalType.NEXT_STEP)).containsExactly("vague");
        assertThat(ofType(buyerSays("If the budget frees up, we might talk again next year."), SignalType.NEXT_STEP)).isEmpty();
    }

    @Test
    void idiomsOfShelvingAndFundingEventsAreExternalCauses() {
        assertThat(labels(buyerSays("The rollout is on the back burner until after the audit."), SignalType.EXTERNAL_CAUSE)).containsExactly("priority");
        assertThat(labels(buyerSays("Management pulled the plug on the initiative last week."), SignalType.EXTERNAL_CAUSE)).containsExactly("priority");
        assertThat(labels(buyerSays("Corporate took away the money we had for new software."), SignalType.EXTERNAL_CAUSE)).containsExactly("budget");
        assertThat(labels(buyerSays("Kim, our VP of Finance, was let go yesterday."), SignalType.EXTERNAL_CAUSE)).containsExactly("org_change");
    }

    @Test
    void oldNewsAndProcessTalkAreNoExternalCauses() {
        assertThat(ofType(buyerSays("We were acquired back in 2019, nothing has changed since."), SignalType.EXTERNAL_CAUSE)).isEmpty();
        assertThat(ofType(buyerSays("We scrapped the fax machine years ago."), SignalType.EXTERNAL_CAUSE)).isEmpty();
        // "sold" as convinced is no change of ownership
        assertThat(ofType(buyerSays("Honestly, I'm sold on the approval routing."), SignalType.EXTERNAL_CAUSE)).isEmpty();
    }

    @Test
    void businessCaseIdiomsCarryTheirFigure() {
        assertThat(ofType(sellerSays("Customers usually earn back the subscription in about three months."), SignalType.BUSINESS_CASE))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("payback"));
        assertThat(ofType(sellerSays("Your team is bleeding about $8,000 a month in duplicate payments."), SignalType.BUSINESS_CASE))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("cost_of_inaction"));
        assertThat(ofType(sellerSays("The approval app would shave about 25% off your cycle time."), SignalType.BUSINESS_CASE))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("savings"));
    }

    @Test
    void aBuyerWithNothingToJustifyMakesNoAsk() {
        assertThat(ofType(buyerSays("How do I pitch this to my boss?"), SignalType.JUSTIFICATION_ASK)).hasSize(1);
        assertThat(ofType(buyerSays("It's my budget, I don't need to justify it to anyone."), SignalType.JUSTIFICATION_ASK)).isEmpty();
    }
}
