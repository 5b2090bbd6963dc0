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
import java.util.function.Supplier;
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
        return new CallAnalyzer(List.of(questions(), signals()));
    }

    /** Questions and discovery topics (POS pipeline). Built on first use: commands that never analyse must not load models. */
    public static SignalDetector questions() {
        Lazy<QuestionClassifier> classifier = new Lazy<>(QuestionClassifier::new);
        Map<CandorConfig, DiscoveryTopics> topicsByConfig = new ConcurrentHashMap<>();
        return (deal, call, config) -> new QuestionSignals(classifier.get(),
                topicsByConfig.computeIfAbsent(config, DiscoveryTopics::new)).signals(call);
    }

    /** Mentions, detractors, urgency, business case, external causes (NER + SUTime pipeline). Built on first use. */
    public static SignalDetector signals() {
        Lazy<SignalAnalyzer> analyzer = new Lazy<>(SignalAnalyzer::new);
        return (deal, call, config) -> analyzer.get().analyze(deal, call, config);
    }

    /** A value made once, by the first thread that needs it. */
    private static final class Lazy<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
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
