package io.candor.nlp.questions;

import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Question signals of one call: a QUESTION signal for every sentence that is open, closed, a
 * request, rhetorical, a tag or a backchannel (details "topics", "side"), and a DISCOVERY_TOPIC
 * signal per topic touched by each open or closed SELLER question (details "question": open|closed).
 */
public final class QuestionSignals {

    private final QuestionClassifier classifier;
    private final DiscoveryTopics topics;

    public QuestionSignals(QuestionClassifier classifier, DiscoveryTopics topics) {
        this.classifier = classifier;
        this.topics = topics;
    }

    public List<Signal> signals(Call call) {
        List<Turn> turns = call.turns();
        List<Utterance> conversation = turns.stream()
                .map(t -> new Utterance(String.valueOf(t.index()), t.speaker(), t.text())).toList();
        Map<String, Turn> byId = new HashMap<>();
        turns.forEach(t -> byId.put(String.valueOf(t.index()), t));
        List<Signal> signals = new ArrayList<>();
        for (QuestionLabel label : classifier.classify(conversation)) {
            if (label.label() == QuestionKind.NONE) {
                continue;
            }
            Turn turn = byId.get(label.utteranceId());
            Side side = turn.side() == null ? Side.UNKNOWN : turn.side();
            List<String> touched = label.label().isQuestion() ? topics.topicsOf(label.text()) : List.of();
            signals.add(new Signal(call.callId(), turn.index(), SignalType.QUESTION, label.label().label(), label.text(),
                    Map.of("topics", String.join(",", touched), "side", side.label())));
            if (side == Side.SELLER) {
                for (String topic : touched) {
                    signals.add(new Signal(call.callId(), turn.index(), SignalType.DISCOVERY_TOPIC, topic, label.text(),
                            Map.of("question", label.label().label())));
                }
            }
        }
        return signals;
    }
}
