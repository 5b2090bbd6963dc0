package io.candor.nlp.signals.eval;

import io.candor.nlp.eval.DetectorEvaluation;
import io.candor.nlp.eval.EvaluationRow;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The signal detectors' labeled sets in `candor eval`: per set the headline figure on the held-out
 * split and the whole set, and per label on the whole set; then the same on the blind set (written
 * after the lexicons were frozen, never tuned on), which is the honest estimate for new calls; between them
 * labels/dev2 (new phrasings the recall tuning was measured on), if present.
 */
public final class SignalSetsEvaluation implements DetectorEvaluation {

    private final Path labels;
    private final List<String> notes = new ArrayList<>();

    public SignalSetsEvaluation(Path labels) {
        this.labels = labels;
    }

    @Override
    public String name() {
        return "signals";
    }

    @Override
    public List<EvaluationRow> evaluate() {
        SignalAnalyzer analyzer = new SignalAnalyzer();
        List<EvaluationRow> rows = new ArrayList<>(rows(SignalEvaluationReport.evaluateAll(labels, analyzer), ""));
        // dev2: a second development set of new phrasings, written before the recall tuning and tuned on since.
        Path dev2 = labels.resolve("dev2");
        if (Files.isDirectory(dev2)) {
            rows.addAll(rows(SignalEvaluationReport.evaluateAll(dev2, analyzer), " dev2"));
            notes.add("signals dev2: " + dev2 + " was written before the recall tuning and tuned on; optimistic like labels/.");
        }
        Path blind = labels.resolve("blind");
        if (Files.isDirectory(blind)) {
            rows.addAll(rows(SignalEvaluationReport.evaluateAll(blind, analyzer), " blind"));
            notes.add("signals blind: " + blind + " was written after the lexicons were frozen; read it as the estimate for new calls.");
        }
        return rows;
    }

    private static List<EvaluationRow> rows(List<SignalSetEvaluation> sets, String suffix) {
        List<EvaluationRow> rows = new ArrayList<>();
        for (SignalSetEvaluation e : sets) {
            for (LabeledSet.Part part : suffix.isEmpty() ? List.of(LabeledSet.Part.HELD_OUT, LabeledSet.Part.ALL) : List.of(LabeledSet.Part.ALL)) {
                ClassScores s = e.scores(part);
                String detector = e.name() + " [" + (suffix.isEmpty() ? part.name().toLowerCase(Locale.ROOT).replace('_', '-') : suffix.strip()) + "]";
                int n = s.classes().stream().mapToInt(s::support).sum();
                boolean macro = Double.isNaN(e.precision());
                rows.add(new EvaluationRow(detector, macro ? "(macro over labels)" : "(any label, pooled)", n,
                        macro ? Double.NaN : s.microPrecision(), macro ? Double.NaN : s.microRecall(), macro ? s.macroF1() : s.microF1()));
                if (part == LabeledSet.Part.ALL) {
                    for (String c : s.classes()) {
                        rows.add(new EvaluationRow(detector, c, s.support(c), s.precision(c), s.recall(c), s.f1(c)));
                    }
                }
            }
        }
        return rows;
    }

    @Override
    public List<String> notes() {
        return notes;
    }
}
