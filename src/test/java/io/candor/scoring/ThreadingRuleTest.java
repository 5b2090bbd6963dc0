package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.SignalType;
import org.junit.jupiter.api.Test;

class ThreadingRuleTest {

    private final ThreadingRule rule = new ThreadingRule(CandorConfig.defaults());

    @Test
    void firesWhenOneBuyerCarriesTheDealAndNamesPeopleWhoNeverJoin() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().oneBuyer());
        b.call("C-2001-4", "Check-in")
                .buyer("Jordan Lee", 20, "I'll run it by Dana in finance and probably Marcus from IT, they both have to be okay with it.")
                .signalOn("Dana", SignalType.PERSON_MENTION, "Dana Whitmore", "title", "VP Finance")
                .signalOn("Marcus", SignalType.PERSON_MENTION, "Marcus")
                .seller("Dev Okafor", 10, "Makes sense.")
                .buyer("Jordan Lee", 10, "Dana's the one who signs, so yeah.")
                .signalOn("Dana", SignalType.PERSON_MENTION, "Dana");

        Finding f = rule.evaluate(b.build()).orElseThrow();

        assertThat(f.figure()).isEqualTo(1.0);
        assertThat(f.threshold()).isEqualTo(2.0);
        assertThat(f.summary()).isEqualTo("one buyer-side person (Jordan Lee) spoke across 4 calls;"
                + " Dana Whitmore (VP Finance), Marcus were mentioned 3 times and never joined a call");
        assertThat(f.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.speakerSide()).isEqualTo(Side.BUYER));
        assertThat(f.evidence().get(0).quote()).contains("I'll run it by Dana");
    }

    @Test
    void doesNotFireWithThreeBuyerSpeakers() {
        DealEvidence deal = Fixtures.good().build();
        assertThat(StakeholderMap.buyerSpeakers(StakeholderMap.of(deal))).extracting(Stakeholder::name)
                .containsExactly("Jordan Lee", "Priya Nair", "Dana Whitmore");
        assertThat(rule.evaluate(deal)).isEmpty();
    }

    @Test
    void oneEmailUnderADeviceNameAndARealNameIsOnePerson() {
        DealBuilder b = DealBuilder.deal("D-2004", "Megan Castillo", "Went Dark");
        b.call("C-2004-1", "Discovery").seller("Megan Castillo", 20, "Tasha, tell me about your month end.")
                .turn("Tasha Reed", "tasha.reed@marlow.com", Side.BUYER, 30, "It's chaos, we close in ten days.");
        b.call("C-2004-2", "Demo").seller("Megan Castillo", 20, "Welcome back.")
                .turn("Tasha's iPhone", "tasha.reed@marlow.com", Side.BUYER, 30, "Sorry, I'm dialing in from the car.");

        Finding f = rule.evaluate(b.build()).orElseThrow();

        assertThat(f.summary()).startsWith("one buyer-side person (Tasha Reed) spoke across 2 calls");
    }
}
