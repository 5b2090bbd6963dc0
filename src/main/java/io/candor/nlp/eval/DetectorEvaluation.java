package io.candor.nlp.eval;

import java.util.List;

/**
 * A detector measured against a labeled set. Implementations read their set from the labels
 * folder they are given, run the detector, and return one row per label they score. Register a
 * new one with one line in {@code io.candor.cli.EvalCommand#EVALUATIONS}.
 */
public interface DetectorEvaluation {

    /** Short detector name, the first column of the table. */
    String name();

    /** Scores on the labeled set; may load models, so it is called once per run. */
    List<EvaluationRow> evaluate();

    /** Free-text lines printed under the table: speed, set sizes, split rule. */
    default List<String> notes() {
        return List.of();
    }
}
