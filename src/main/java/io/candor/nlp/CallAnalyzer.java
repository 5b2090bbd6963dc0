package io.candor.nlp;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Signal;
import io.candor.metrics.TimingMetricsCalculator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything the analyze step computes for one call: timing metrics and every detector's signals. Pure and thread-safe. */
public final class CallAnalyzer {

    private final TimingMetricsCalculator timing = new TimingMetricsCalculator();
    private final List<SignalDetector> detectors;

    public CallAnalyzer(List<SignalDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** Every detector Candor has. */
    public static CallAnalyzer standard() {
        return new CallAnalyzer(List.of());
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
