package io.candor.nlp.eval;

/**
 * One line of the {@code candor eval} table.
 *
 * @param detector the detector and split, e.g. "questions [test]"
 * @param label    the label scored, e.g. "open", or a pooled name such as "question (open+closed)"
 * @param n        gold items with that label
 */
public record EvaluationRow(String detector, String label, int n, double precision, double recall, double f1) {
}
