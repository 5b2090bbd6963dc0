package io.candor.cli;

import io.candor.nlp.eval.DetectorEvaluation;
import io.candor.nlp.eval.EvaluationRow;
import io.candor.nlp.eval.EvaluationTable;
import io.candor.nlp.questions.QuestionEvaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code candor eval}: every detector against its labeled set, one table. Exit 0 when all ran,
 * 2 when the labels folder is missing or a set cannot be read.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the NLP detectors against the labeled sets: precision, recall, F1 per label.")
public class EvalCommand implements Callable<Integer> {

    /** Every evaluation the command runs; register a detector's evaluation by adding one line here. */
    static final List<Function<Path, DetectorEvaluation>> EVALUATIONS = List.of(
            QuestionEvaluation::new);

    @Option(names = "--labels", paramLabel = "DIR", defaultValue = "labels",
            description = "Folder with the labeled sets (default: ${DEFAULT-VALUE}).")
    Path labelsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(labelsDir)) {
            err.println("eval: labels folder not found: " + labelsDir.toAbsolutePath() + " (give it with --labels DIR)");
            return 2;
        }
        List<EvaluationRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Function<Path, DetectorEvaluation> factory : EVALUATIONS) {
            DetectorEvaluation evaluation = factory.apply(labelsDir);
            try {
                rows.addAll(evaluation.evaluate());
                notes.addAll(evaluation.notes());
            } catch (RuntimeException e) {
                err.println("eval: " + evaluation.name() + ": " + e.getMessage());
                return 2;
            }
        }
        out.print(EvaluationTable.render(rows));
        notes.forEach(out::println);
        out.flush();
        return 0;
    }
}
