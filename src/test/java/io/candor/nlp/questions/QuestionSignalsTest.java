package io.candor.nlp.questions;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionSignalsTest {

    private static final DiscoveryTopics TOPICS = new DiscoveryTopics(CandorConfig.defaults());
    private static final QuestionSignals SIGNALS = new QuestionSignals(new QuestionClassifier(), TOPICS);

    private static Turn turn(int index, String speaker, Side side, String text) {
        return new Turn(index, speaker, null, side, null, null, text);
    }

    @Test
    void topics_follow_the_lexicons() {
        assertThat(TOPICS.topicsOf("Who else will be involved in the decision?")).contains("decision_process", "stakeholders");
        assertThat(TOPICS.topicsOf("What did you budget for this?")).contains("budget");
        assertThat(TOPICS.topicsOf("What happens if the close slips past day ten?")).contains("impact");
        assertThat(TOPICS.topicsOf("Are you looking at any other vendor?")).contains("competition");
        assertThat(TOPICS.topicsOf("Thanks, that was great.")).isEmpty();
    }

    @Test
    void seller_questions_become_question_and_discovery_signals_buyer_questions_only_question_signals() {
        Call call = new Call("call-7", "deal-3", null, "Discovery", "t.txt", "txt", "hash", List.of(
                turn(0, "Maya", Side.SELLER, "Thanks for the time. What's the biggest problem with month-end close today?"),
                turn(1, "Tom", Side.BUYER, "Reconciliation takes eight days. How does your tool handle it?"),
                turn(2, "Maya", Side.SELLER, "It matches automatically. Could you send me a sample export?"),
                turn(3, "Tom", Side.BUYER, "Oh, really? Sure.")));

        List<Signal> signals = SIGNALS.signals(call);

        List<Signal> questions = signals.stream().filter(s -> s.type() == SignalType.QUESTION).toList();
        assertThat(questions).extracting(Signal::turnIndex, Signal::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "open"), org.assertj.core.groups.Tuple.tuple(1, "open"),
                        org.assertj.core.groups.Tuple.tuple(2, "request"), org.assertj.core.groups.Tuple.tuple(3, "backchannel"));
        assertThat(questions.get(0).details()).containsEntry("side", "seller");
        assertThat(questions.get(0).details().get("topics")).contains("pain").contains("situation");
        assertThat(questions.get(1).details()).containsEntry("side", "buyer");

        List<Signal> topics = signals.stream().filter(s -> s.type() == SignalType.DISCOVERY_TOPIC).toList();
        assertThat(topics).allMatch(s -> s.turnIndex() == 0 && s.callId().equals("call-7"));
        assertThat(topics).extracting(Signal::label).contains("pain", "situation");
    }
}
