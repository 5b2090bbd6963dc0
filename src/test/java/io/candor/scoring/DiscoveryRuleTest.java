package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import org.junit.jupiter.api.Test;

class DiscoveryRuleTest {

    private final DiscoveryRule rule = new DiscoveryRule(CandorConfig.defaults());

    @Test
    void firesWhenTheRepPitchesAndAsksAFewClosedQuestions() {
        DealBuilder b = DealBuilder.deal("D-2003", "Tyler Brandt", "Budget");
        for (int n = 1; n <= 3; n++) {
            b.call("C-2003-" + n, "Call " + n)
                    .seller("Tyler Brandt", 150, "So Paperlane reads every invoice with our AI capture engine, matches it to the PO,"
                            + " routes approvals automatically, and syncs to NetSuite; customers love the dashboard, let me show you.")
                    .buyer("Jordan Lee", 10, "Okay.")
                    .seller("Tyler Brandt", 6, "You're on NetSuite today, right?")
                    .question("closed", "situation")
                    .buyer("Jordan Lee", 4, "Yes.")
                    .seller("Tyler Brandt", 5, "Does that make sense so far?")
                    .signal(io.candor.domain.SignalType.QUESTION, "tag")
                    .buyer("Jordan Lee", 4, "Sure.");
        }

        Finding f = rule.evaluate(b.build()).orElseThrow();

        assertThat(f.figure()).isEqualTo(1.0);
        assertThat(f.threshold()).isEqualTo(4.0);
        assertThat(f.summary()).isEqualTo("seller side asked 1 real question per call (3 in 3 calls, 3 of them closed) and touched 1 of 10"
                + " discovery topics; no seller question about pain, impact, decision process, decision criteria or budget in 3 calls");
        // The pitch where discovery should have been leads; the closed question follows.
        assertThat(f.evidence().get(0).quote()).startsWith("So Paperlane reads every invoice");
        assertThat(f.evidence()).extracting(e -> e.quote()).contains("You're on NetSuite today, right?");
        assertThat(f.evidence()).allSatisfy(e -> assertThat(e.speakerSide()).isEqualTo(Side.SELLER));
    }

    @Test
    void doesNotFireAtFourOpenQuestionsPerCallOverSixTopics() {
        Finding none = rule.evaluate(Fixtures.deal(Fixtures.Knobs.good().questions(4)).build()).orElse(null);
        assertThat(none).isNull();
    }

    @Test
    void firesOnThreeQuestionsPerCallEvenWithManyTopics() {
        Finding f = rule.evaluate(Fixtures.deal(Fixtures.Knobs.good().questions(3)).build()).orElseThrow();
        assertThat(f.figure()).isEqualTo(3.0);
        assertThat(f.basis()).contains("(questions below)");
    }
}
