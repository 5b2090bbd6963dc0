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

        assertThat(f.summary()).startsWith("no dated next step in any of 3 calls and no compelling event")
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
}
