package io.candor.nlp;

import io.candor.domain.Call;
import io.candor.domain.Signal;
import io.candor.metrics.CallMetrics;
import java.util.List;

/** A call with what the analyze step measured and detected in it. */
public record AnalyzedCall(Call call, CallMetrics metrics, List<Signal> signals) {

    public AnalyzedCall {
        signals = List.copyOf(signals);
    }
}
