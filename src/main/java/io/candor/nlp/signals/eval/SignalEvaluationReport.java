package io.candor.nlp.signals.eval;

import io.candor.config.CandorConfig;
import io.candor.config.ConfigLoader;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints every labeled set's figures (whole set, dev, held-out) and, with --errors, the dev-split
 * mistakes (--held-out-errors, --all-errors: those parts' mistakes). Usage: {@code SignalEvaluationReport [labels-dir] [--errors]}; the labels folder holds
 * the four TSVs and the candor.yml they assume.
 */
public final class SignalEvaluationReport {

    private SignalEvaluationReport() {
    }

    public static List<SignalSetEvaluation> evaluateAll(Path labels, SignalAnalyzer analyzer) {
        CandorConfig config = ConfigLoader.load(labels.resolve("candor.yml"));
        return List.of(
                new DetractorEvaluation(labels.resolve("detractors.tsv"), config, analyzer),
                new NextStepEvaluation(labels.resolve("next-steps.tsv"), config, analyzer),
                new ExternalCauseEvaluation(labels.resolve("external.tsv"), config, analyzer),
                new BusinessCaseEvaluation(labels.resolve("business-case.tsv"), config, analyzer));
    }

    public static void main(String[] args) {
        Path labels = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "labels");
        boolean errors = List.of(args).contains("--errors");
        boolean heldOutErrors = List.of(args).contains("--held-out-errors");
        boolean allErrors = List.of(args).contains("--all-errors");
        for (SignalSetEvaluation e : evaluateAll(labels, new SignalAnalyzer())) {
            e.reportLines().forEach(System.out::println);
            if (e instanceof DetractorEvaluation d) {
                System.out.printf(Locale.ROOT, "    person right on %.3f of the correct detractors%n", d.personAccuracy());
            }
            if (errors || heldOutErrors || allErrors) {
                var part = allErrors ? LabeledSet.Part.ALL : heldOutErrors ? LabeledSet.Part.HELD_OUT : LabeledSet.Part.DEV;
                e.errors(part).forEach(o -> System.out.printf("    ERR %s gold=%s%s pred=%s%s [%s] %s%n", o.id(), o.gold(),
                        o.goldValue() == null ? "" : "@" + o.goldValue(), o.predicted(),
                        o.predictedValue() == null ? "" : "@" + o.predictedValue(), o.detail(), o.text()));
            }
        }
    }
}
