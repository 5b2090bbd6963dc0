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

    @Test
    void greetingsAndScreenChecksAreNotDiscoveryQuestions() {
        DealBuilder b = DealBuilder.deal("D-2004", "Tyler Brandt", "Budget");
        for (int n = 1; n <= 3; n++) {
            b.call("C-2004-" + n, "Call " + n)
                    .seller("Tyler Brandt", 4, "Hey Maya, can you hear me okay?").question("closed")
                    .buyer("Maya Chen", 2, "Yep.")
                    .seller("Tyler Brandt", 3, "How are you doing?").question("open")
                    .buyer("Maya Chen", 2, "Good, busy.")
                    .seller("Tyler Brandt", 6, "How are you measuring approval time today?").question("open", "success_metrics")
                    .buyer("Maya Chen", 8, "We pull a NetSuite saved search every Friday.")
                    .seller("Tyler Brandt", 6, "Who else signs off on a purchase like this?").question("open", "stakeholders")
                    .buyer("Maya Chen", 6, "Linda, our CFO.")
                    .seller("Tyler Brandt", 6, "What happens when an invoice has no PO?").question("open", "pain")
                    .buyer("Maya Chen", 8, "It sits on a dispatcher's desk.")
                    .seller("Tyler Brandt", 6, "What does that cost you in late fees?").question("open", "impact")
                    .buyer("Maya Chen", 6, "A few thousand a month.");
        }
        // Six questions a call, two of them small talk: four real discovery questions a call, just enough.
        assertThat(rule.evaluate(b.build())).isEmpty();
        b.call("C-2004-4", "Call 4").seller("Tyler Brandt", 4, "Can you see my screen?").question("closed")
                .buyer("Maya Chen", 2, "Yes.");
        Finding f = rule.evaluate(b.build()).orElseThrow();
        assertThat(f.figure()).isEqualTo(3.0);
    }

    @Test
    void smallTalkIsOnlyTheWholeQuestion() {
        assertThat(DiscoveryRule.isSmallTalk("Hi Carla, how are you?")).isTrue();
        assertThat(DiscoveryRule.isSmallTalk("Hey Walt, how's it going?")).isTrue();
        assertThat(DiscoveryRule.isSmallTalk("How was your summer?")).isTrue();
        assertThat(DiscoveryRule.isSmallTalk("And how are you measuring that today, is that from a Workday report?")).isFalse();
        assertThat(DiscoveryRule.isSmallTalk("Denise, how are you feeling about it overall?")).isFalse();
    }
}
