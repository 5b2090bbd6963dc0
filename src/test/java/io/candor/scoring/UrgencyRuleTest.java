package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.Finding;
import org.junit.jupiter.api.Test;

class UrgencyRuleTest {

    private final UrgencyRule rule = new UrgencyRule(CandorConfig.defaults());

    @Test
    void firesWithoutADatedStepOrCompellingEventAndQuotesTheLastVagueStepFirst() {
        DealEvidence deal = Fixtures.deal(Fixtures.Knobs.good().noUrgency()).build();

        Finding f = rule.evaluate(deal).orElseThrow();

        assertThat(f.summary()).startsWith("no next step dated after the call in any of 3 calls and no compelling event")
                .contains("3 next steps stayed vague, including the last call's: \u201clet's touch base in a few weeks\u201d");
        assertThat(f.figure()).isZero();
        assertThat(f.evidence().get(0).callId()).isEqualTo("C-2001-3");
        assertThat(f.evidence().get(0).quote()).contains("touch base");
        assertThat(f.strength()).isEqualTo(1.0);
    }

    @Test
    void doesNotFireWhenOneDatedNextStepIsPresent() {
        assertThat(rule.evaluate(Fixtures.deal(Fixtures.Knobs.good().datedStepOnly()).build())).isEmpty();
    }

    @Test
    void aCompellingEventAloneIsEnough() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noUrgency());
        b.call("C-2001-4", "Check-in").buyer("Jordan Lee", 15, "Our NetSuite contract renews on March 31st, so we need this before then.")
                .signal(io.candor.domain.SignalType.COMPELLING_EVENT, "renewal", "date", "2027-03-31");
        assertThat(rule.evaluate(b.build())).isEmpty();
    }

    @Test
    void aStepDatedTheCallsOwnDayGivesTheDealNoDate() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noUrgency());
        // The fourth call is on 2026-05-25: "today" resolves to that day.
        b.call("C-2001-4", "Check-in").seller("Tyler Brandt", 8, "I'll send the recap today.")
                .signal(io.candor.domain.SignalType.NEXT_STEP, "dated", "date", "2026-05-25", "proposer", "seller");
        assertThat(rule.evaluate(b.build())).isPresent();
        b.call("C-2001-5", "Check-in").seller("Tyler Brandt", 8, "Let's meet again on June 9th at ten.")
                .signal(io.candor.domain.SignalType.NEXT_STEP, "dated", "date", "2026-06-09", "proposer", "seller");
        assertThat(rule.evaluate(b.build())).isEmpty();
    }

    @Test
    void anEventWithoutADateIsNoCompellingEvent() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noUrgency());
        b.call("C-2001-4", "Demo").seller("Tyler Brandt", 12, "After go-live you get a customer success manager.")
                .signal(io.candor.domain.SignalType.COMPELLING_EVENT, "go_live", "date", "");
        assertThat(rule.evaluate(b.build())).isPresent();
    }
}
