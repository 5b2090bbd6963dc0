package io.candor.nlp.signals.eval;

import io.candor.config.CandorConfig;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** labels/detractors.tsv: a prediction is right when its stance is the labeled stance; F1 pooled over the stances. */
public final class DetractorEvaluation extends SignalSetEvaluation {

    public DetractorEvaluation(Path file, CandorConfig config, SignalAnalyzer analyzer) {
        super(file, List.of("id", "side", "text", "label", "person", "competitor"), config, analyzer);
    }

    @Override
    public String name() {
        return "detractors";
    }

    @Override
    protected List<String> classes() {
        return List.of("prefers_competitor", "opposes", "doubts");
    }

    @Override
    protected Prediction predict(List<Signal> signals) {
        return signals.stream().filter(s -> s.type() == SignalType.DETRACTOR).findFirst()
                .map(s -> new Prediction(s.label(), null, s.details().getOrDefault("person", "") + "/" + s.details().getOrDefault("competitor", "")))
                .orElse(new Prediction("none", null, ""));
    }

    /** Of the correctly found detractors, the share whose person matches the labeled one (either contains the other). */
    public double personAccuracy() {
        List<Outcome> hits = outcomes().stream().filter(o -> !o.gold().equals("none") && o.correct()).toList();
        return hits.isEmpty() ? 0 : (double) hits.stream().filter(DetractorEvaluation::personMatches).count() / hits.size();
    }

    private static boolean personMatches(Outcome o) {
        String predicted = o.detail().split("/", -1)[0].toLowerCase(Locale.ROOT);
        String gold = o.row().get("person").toLowerCase(Locale.ROOT);
        return !predicted.isEmpty() && (predicted.contains(gold) || gold.contains(predicted));
    }
}
