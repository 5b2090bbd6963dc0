package io.candor.nlp.signals.eval;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.Turn;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the signal analyzer over one labeled set, each utterance as a one-turn call on the side the
 * set says, and scores it against the labels. Subclasses say which signals make which label.
 * The headline figure (precision, recall, F1 getters) is over the whole set; reportLines() also
 * gives the dev and held-out parts.
 */
public abstract class SignalSetEvaluation {

    /** What the analyzer said for one row, and the value that must match where the task has one (a date). */
    protected record Prediction(String label, String value, String detail) {
    }

    /** One scored row. */
    public record Outcome(String id, String text, String gold, String goldValue, String predicted, String predictedValue, String detail,
                          Map<String, String> row) {
        public boolean correct() {
            return gold.equals(predicted) && (goldValue == null || goldValue.isEmpty() || goldValue.equals(predictedValue));
        }
    }

    private final LabeledSet set;
    private final List<Outcome> outcomes = new ArrayList<>();

    protected SignalSetEvaluation(Path file, List<String> columns, CandorConfig config, SignalAnalyzer analyzer) {
        this.set = LabeledSet.read(file, columns);
        for (Map<String, String> row : set.rows()) {
            List<Signal> signals = analyzer.analyze(deal(), call(row), config);
            Prediction p = predict(signals);
            String gold = row.get("label");
            outcomes.add(new Outcome(row.get("id"), row.get("text"), gold, goldValue(row), p.label(), p.value(), p.detail(), row));
        }
    }

    /** The set's name in reports, e.g. "detractors". */
    public abstract String name();

    protected abstract List<String> classes();

    protected abstract Prediction predict(List<Signal> signals);

    /** The value a correct prediction must also get right (the date), or null. */
    protected String goldValue(Map<String, String> row) {
        return null;
    }

    /** Whether the headline figure pools the classes (micro) or averages them (macro). */
    protected boolean macro() {
        return false;
    }

    public ClassScores scores(LabeledSet.Part part) {
        var scores = new ClassScores(classes());
        var ids = set.rows(part).stream().map(r -> r.get("id")).toList();
        for (Outcome o : outcomes) {
            if (ids.contains(o.id())) {
                boolean valueOk = o.goldValue() == null || o.goldValue().isEmpty() || o.goldValue().equals(o.predictedValue());
                scores.add(o.gold(), o.predicted(), valueOk);
            }
        }
        return scores;
    }

    public double precision() {
        return macro() ? Double.NaN : scores(LabeledSet.Part.ALL).microPrecision();
    }

    public double recall() {
        return macro() ? Double.NaN : scores(LabeledSet.Part.ALL).microRecall();
    }

    public double f1() {
        return f1(LabeledSet.Part.ALL);
    }

    public double f1(LabeledSet.Part part) {
        ClassScores s = scores(part);
        return macro() ? s.macroF1() : s.microF1();
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<Outcome> errors(LabeledSet.Part part) {
        var ids = set.rows(part).stream().map(r -> r.get("id")).toList();
        return outcomes.stream().filter(o -> ids.contains(o.id()) && !o.correct()).toList();
    }

    public List<String> reportLines() {
        var out = new ArrayList<String>();
        for (LabeledSet.Part part : LabeledSet.Part.values()) {
            ClassScores s = scores(part);
            out.add(String.format(Locale.ROOT, "%s [%s, %d rows] %s F1 %.3f", name(), part.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    set.rows(part).size(), macro() ? "macro" : "micro", f1(part)));
            out.addAll(s.lines("    "));
        }
        return out;
    }

    private static Deal deal() {
        return new Deal("eval", "labeled set", "Hollis Group", "Tyler Brandt", null, null, null, null, null, null, null, null, Map.of());
    }

    private static Call call(Map<String, String> row) {
        Side side = Side.valueOf(row.getOrDefault("side", "buyer").toUpperCase(Locale.ROOT));
        String date = row.get("call_date");
        var started = date == null || date.isEmpty() ? LocalDate.of(2024, 3, 14) : LocalDate.parse(date);
        var turn = new Turn(0, side == Side.SELLER ? "Tyler Brandt" : "Jamie Cole", null, side, null, null, row.get("text"));
        return new Call(row.get("id"), "eval", started.atTime(15, 0).toInstant(ZoneOffset.UTC), null, "labels", "text", row.get("id"), List.of(turn));
    }
}
