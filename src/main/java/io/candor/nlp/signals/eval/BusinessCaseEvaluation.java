package io.candor.nlp.signals.eval;

import io.candor.config.CandorConfig;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.util.List;

/** labels/business-case.tsv: the four business-case kinds and the justification ask, headline macro F1. */
public final class BusinessCaseEvaluation extends SignalSetEvaluation {

    public BusinessCaseEvaluation(Path file, CandorConfig config, SignalAnalyzer analyzer) {
        super(file, List.of("id", "side", "text", "label"), config, analyzer);
    }

    @Override
    public String name() {
        return "business-case";
    }

    @Override
    protected List<String> classes() {
        return List.of("roi", "cost_of_inaction", "payback", "savings", "justification_ask");
    }

    @Override
    protected boolean macro() {
        return true;
    }

    @Override
    protected Prediction predict(List<Signal> signals) {
        return signals.stream().filter(s -> s.type() == SignalType.JUSTIFICATION_ASK).findFirst()
                .map(s -> new Prediction("justification_ask", null, ""))
                .or(() -> signals.stream().filter(s -> s.type() == SignalType.BUSINESS_CASE).findFirst()
                        .map(s -> new Prediction(s.label(), null, s.details().getOrDefault("figure", ""))))
                .orElse(new Prediction("none", null, ""));
    }
}
