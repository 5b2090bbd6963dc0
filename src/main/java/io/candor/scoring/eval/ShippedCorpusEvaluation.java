package io.candor.scoring.eval;

import io.candor.domain.CauseCode;
import io.candor.domain.Finding;
import io.candor.nlp.CallAnalyzer;
import io.candor.nlp.eval.DetectorEvaluation;
import io.candor.nlp.eval.EvaluationRow;
import io.candor.nlp.eval.Scores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verdicts and cause codes on a labeled corpus (corpus/expected.json: per deal the verdict and the
 * causes the evidence supports): verdict accuracy, and precision / recall / F1 per cause code.
 */
public final class ShippedCorpusEvaluation implements DetectorEvaluation {

    public static final String LABELS_FILE = "expected.json";

    private final Path corpus;
    private final List<String> notes = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();

    public ShippedCorpusEvaluation(Path corpus) {
        this.corpus = corpus;
    }

    @Override
    public String name() {
        return "verdicts [" + corpus.getFileName() + "]";
    }

    @Override
    public List<EvaluationRow> evaluate() {
        JsonNode expected = readExpected();
        var result = new CorpusAnalysis(CallAnalyzer.standard(), Runtime.getRuntime().availableProcessors()).run(corpus);
        int deals = 0;
        int verdictsRight = 0;
        int exact = 0;
        List<Scores> perCause = new ArrayList<>();
        List<EvaluationRow> rows = new ArrayList<>();
        Scores causes = new Scores();
        for (var entry : expected.get("deals").properties()) {
            String dealId = entry.getKey();
            var assessment = result.assessments().get(dealId);
            if (assessment == null) {
                mismatches.add(dealId + ": in " + LABELS_FILE + " but not a deal of the corpus");
                continue;
            }
            deals++;
            String wantVerdict = entry.getValue().get("verdict").asString();
            Set<String> want = new TreeSet<>();
            entry.getValue().get("causes").forEach(c -> want.add(c.asString()));
            Set<String> got = assessment.findings().stream().map(Finding::cause).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            boolean verdictOk = wantVerdict.equals(assessment.verdict().name());
            verdictsRight += verdictOk ? 1 : 0;
            exact += verdictOk && want.equals(got) ? 1 : 0;
            if (!verdictOk || !want.equals(got)) {
                mismatches.add(dealId + ": verdict " + assessment.verdict() + (verdictOk ? "" : " (expected " + wantVerdict + ")")
                        + missingAndExtra(want, got));
            }
            for (CauseCode c : CauseCode.values()) {
                causes.add(want.contains(c.name()) ? c.name() : "-", got.contains(c.name()) ? c.name() : "-");
            }
        }
        rows.add(new EvaluationRow(name(), "verdict accuracy", deals, Double.NaN, Double.NaN, deals == 0 ? 0 : (double) verdictsRight / deals));
        rows.add(new EvaluationRow(name(), "deals fully right (verdict + causes)", deals, Double.NaN, Double.NaN, deals == 0 ? 0 : (double) exact / deals));
        for (CauseCode c : CauseCode.values()) {
            rows.add(new EvaluationRow(name(), c.name(), causes.support(c.name()), causes.precision(c.name()), causes.recall(c.name()), causes.f1(c.name())));
        }
        notes.add(String.format("verdicts: %d of %d deals right; %d of %d with exactly the expected causes", verdictsRight, deals, exact, deals));
        mismatches.forEach(m -> notes.add("  " + m));
        return rows;
    }

    /** Deals whose verdict or causes differ from the labels, one line each (after {@link #evaluate()}). */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    private static String missingAndExtra(Set<String> want, Set<String> got) {
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        Set<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        return (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; extra " + extra);
    }

    private JsonNode readExpected() {
        Path file = corpus.resolve(LABELS_FILE);
        try {
            return JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": the labels of the corpus", e);
        }
    }
}
