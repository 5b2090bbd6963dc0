package io.candor.nlp;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Signal;
import io.candor.metrics.TimingMetricsCalculator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.candor.nlp.questions.DiscoveryTopics;
import io.candor.nlp.questions.QuestionClassifier;
import io.candor.nlp.questions.QuestionSignals;
import io.candor.nlp.signals.SignalAnalyzer;

/** Everything the analyze step computes for one call: timing metrics and every detector's signals. Pure and thread-safe. */
public final class CallAnalyzer {

    private final TimingMetricsCalculator timing = new TimingMetricsCalculator();
    private final List<SignalDetector> detectors;

    public CallAnalyzer(List<SignalDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /**
     * Every detector Candor has: questions and discovery topics, then mentions, detractors, urgency,
     * business case and external causes. Models load on first use, once per JVM.
     */
    public static CallAnalyzer standard() {
        QuestionClassifier questions = new QuestionClassifier();
        Map<CandorConfig, DiscoveryTopics> topicsByConfig = new ConcurrentHashMap<>();
        SignalAnalyzer signals = new SignalAnalyzer();
        return new CallAnalyzer(List.of(
                (deal, call, config) -> new QuestionSignals(questions,
                        topicsByConfig.computeIfAbsent(config, DiscoveryTopics::new)).signals(call),
                signals::analyze));
    }

    public AnalyzedCall analyze(Deal deal, Call call, CandorConfig config) {
        List<Signal> signals = new ArrayList<>();
        for (SignalDetector d : detectors) {
            signals.addAll(d.detect(deal, call, config));
        }
        signals.sort(Comparator.comparingInt(Signal::turnIndex));
        return new AnalyzedCall(call, timing.measure(call), signals);
    }
}
