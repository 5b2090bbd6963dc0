package io.candor.nlp.signals.eval;

import io.candor.config.CandorConfig;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * labels/next-steps.tsv: "dated" counts as correct only when the normalized date equals the labeled
 * date; the headline is the dated class's F1 (vague is reported beside it).
 */
public final class NextStepEvaluation extends SignalSetEvaluation {

    public NextStepEvaluation(Path file, CandorConfig config, SignalAnalyzer analyzer) {
        super(file, List.of("id", "call_date", "side", "text", "label", "date"), config, analyzer);
    }

    @Override
    public String name() {
        return "next-steps";
    }

    @Override
    protected List<String> classes() {
        return List.of("dated", "vague");
    }

    @Override
    protected String goldValue(Map<String, String> row) {
        return row.get("label").equals("dated") ? row.get("date") : null;
    }

    @Override
    protected Prediction predict(List<Signal> signals) {
        List<Signal> steps = signals.stream().filter(s -> s.type() == SignalType.NEXT_STEP).toList();
        return steps.stream().filter(s -> s.label().equals("dated")).findFirst()
                .map(s -> new Prediction("dated", s.details().get("date"), s.details().getOrDefault("proposer", "")))
                .or(() -> steps.stream().findFirst().map(s -> new Prediction(s.label(), null, s.details().getOrDefault("proposer", ""))))
                .orElse(new Prediction("none", null, ""));
    }

    public double datedPrecision() {
        return scores(LabeledSet.Part.ALL).precision("dated");
    }

    public double datedRecall() {
        return scores(LabeledSet.Part.ALL).recall("dated");
    }

    public double datedF1(LabeledSet.Part part) {
        return scores(part).f1("dated");
    }

    @Override
    public double precision() {
        return datedPrecision();
    }

    @Override
    public double recall() {
        return datedRecall();
    }

    @Override
    public double f1(LabeledSet.Part part) {
        return datedF1(part);
    }
}
