package io.candor.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingMetricsCalculatorTest {

    private final TimingMetricsCalculator calculator = new TimingMetricsCalculator();

    /**
     * Hand-computed: seller talks 0-30 s and 40-70 s and 75-95 s (80 s), buyer 31-39 s and 70.5-74 s (11.5 s).
     * Share 80 / 91.5; longest monologue 30 s; longest buyer story 8 s; 4 switches over 95 s;
     * patience: gaps before seller turns after buyer turns are 1 s and 1 s, mean 1 s.
     */
    @Test
    void timedCallIsMeasuredInTime() {
        Call call = call(List.of(
                turn(0, "Tyler Brandt", Side.SELLER, 0, 30_000, "so let me walk you through the platform it does capture and matching and approvals"),
                turn(1, "Dana Cho", Side.BUYER, 31_000, 39_000, "okay that sounds fine we use NetSuite today"),
                turn(2, "Tyler Brandt", Side.SELLER, 40_000, 70_000, "great NetSuite is our most common integration and here is how the sync works"),
                turn(3, "Dana Cho", Side.BUYER, 70_500, 74_000, "got it"),
                turn(4, "Tyler Brandt", Side.SELLER, 75_000, 95_000, "and then pricing is per invoice")));

        CallMetrics m = calculator.measure(call);

        assertThat(m.measuredBy()).isEqualTo(CallMetrics.BY_TIME);
        assertThat(m.sellerTalkShare()).isCloseTo(80.0 / 91.5, within(1e-9));
        assertThat(m.buyerTalkShare()).isCloseTo(11.5 / 91.5, within(1e-9));
        assertThat(m.longestMonologue()).isEqualTo(30_000);
        assertThat(m.longestMonologueSpeaker()).isEqualTo("Tyler Brandt");
        assertThat(m.longestBuyerStory()).isEqualTo(8_000);
        assertThat(m.durationMs()).isEqualTo(95_000);
        assertThat(m.interactivity()).isCloseTo(4 / (95_000 / 60_000.0), within(1e-9));
        assertThat(m.patienceMs()).isCloseTo(1_000.0, within(1e-9));
        assertThat(m.buyerSpeakers()).containsExactly("Dana Cho");
    }

    @Test
    void untimedCallIsMeasuredInWordsAndHasNoPerMinuteFigures() {
        Call call = call(List.of(
                new Turn(0, "Megan Castillo", null, Side.SELLER, null, null, "one two three four five six"),
                new Turn(1, "Raj Patel", null, Side.BUYER, null, null, "one two"),
                new Turn(2, "Megan Castillo", null, Side.SELLER, null, null, "one two")));

        CallMetrics m = calculator.measure(call);

        assertThat(m.measuredBy()).isEqualTo(CallMetrics.BY_WORDS);
        assertThat(m.sellerTalkShare()).isCloseTo(0.8, within(1e-9));
        assertThat(m.longestMonologue()).isEqualTo(6);
        assertThat(m.interactivity()).isNull();
        assertThat(m.patienceMs()).isNull();
    }

    @Test
    void onePersonUnderTwoLabelsIsOneSpeakerWhenTheEmailIsKnown() {
        Call call = call(List.of(
                new Turn(0, "Tasha's iPhone", "tasha@acme.com", Side.BUYER, 0L, 1_000L, "hi"),
                new Turn(1, "Tyler Brandt", null, Side.SELLER, 1_000L, 2_000L, "hello"),
                new Turn(2, "Tasha Green", "TASHA@acme.com", Side.BUYER, 2_000L, 3_000L, "yes")));

        assertThat(calculator.measure(call).buyerSpeakers()).containsExactly("tasha@acme.com");
    }

    private static Turn turn(int i, String speaker, Side side, long start, long end, String text) {
        return new Turn(i, speaker, null, side, start, end, text);
    }

    private static Call call(List<Turn> turns) {
        return new Call("C-1", "D-1", null, "Discovery", "transcripts/D-1/C-1.vtt", "vtt", "abc", turns);
    }
}
