package io.candor.nlp.signals.eval;

import io.candor.config.CandorConfig;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.util.List;

/** labels/external.tsv: the four causes (budget, org_change, priority, product_gap), headline macro F1. */
public final class ExternalCauseEvaluation extends SignalSetEvaluation {

    public ExternalCauseEvaluation(Path file, CandorConfig config, SignalAnalyzer analyzer) {
        super(file, List.of("id", "side", "text", "label"), config, analyzer);
    }

    @Override
    public String name() {
        return "external";
    }

    @Override
    protected List<String> classes() {
        return List.of("budget", "org_change", "priority", "product_gap");
    }

    @Override
    protected boolean macro() {
        return true;
    }

    @Override
    protected Prediction predict(List<Signal> signals) {
        return signals.stream().filter(s -> s.type() == SignalType.EXTERNAL_CAUSE).findFirst()
                .map(s -> new Prediction(s.label(), null, ""))
                .or(() -> signals.stream().filter(s -> s.type() == SignalType.PRODUCT_GAP).findFirst()
                        .map(s -> new Prediction("product_gap", null, s.details().getOrDefault("capability", ""))))
                .orElse(new Prediction("none", null, ""));
    }
}
