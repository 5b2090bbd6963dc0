package io.candor.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Precision, recall and F1 per label, and micro-averaged over a chosen set of labels, from pairs
 * of (gold, predicted). A label never predicted has precision 0; never in the gold, recall 0.
 */
public final class Scores {

    private final List<String> gold = new ArrayList<>();
    private final List<String> predicted = new ArrayList<>();

    public Scores add(String goldLabel, String predictedLabel) {
        gold.add(Objects.requireNonNull(goldLabel, "goldLabel"));
        predicted.add(Objects.requireNonNull(predictedLabel, "predictedLabel"));
        return this;
    }

    public int size() {
        return gold.size();
    }

    /** How many gold items carry the label. */
    public int support(String label) {
        return (int) gold.stream().filter(label::equals).count();
    }

    public double precision(String label) {
        return ratio(truePositives(List.of(label)), count(predicted, List.of(label)));
    }

    public double recall(String label) {
        return ratio(truePositives(List.of(label)), count(gold, List.of(label)));
    }

    public double f1(String label) {
        return f1(precision(label), recall(label));
    }

    /** Micro average over {@code labels}: pooled true positives over pooled predictions / gold items. */
    public double microPrecision(List<String> labels) {
        return ratio(truePositives(labels), count(predicted, labels));
    }

    public double microRecall(List<String> labels) {
        return ratio(truePositives(labels), count(gold, labels));
    }

    public double microF1(List<String> labels) {
        return f1(microPrecision(labels), microRecall(labels));
    }

    public double accuracy() {
        int same = 0;
        for (int i = 0; i < gold.size(); i++) {
            same += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return ratio(same, gold.size());
    }

    /** One report row for a label. */
    public EvaluationRow row(String detector, String label) {
        return new EvaluationRow(detector, label, support(label), precision(label), recall(label), f1(label));
    }

    /** One report row micro-averaged over labels, named {@code name}. */
    public EvaluationRow microRow(String detector, String name, List<String> labels) {
        int n = labels.stream().mapToInt(this::support).sum();
        return new EvaluationRow(detector, name, n, microPrecision(labels), microRecall(labels), microF1(labels));
    }

    private int truePositives(List<String> labels) {
        int tp = 0;
        for (int i = 0; i < gold.size(); i++) {
            tp += gold.get(i).equals(predicted.get(i)) && labels.contains(gold.get(i)) ? 1 : 0;
        }
        return tp;
    }

    private static int count(List<String> values, List<String> labels) {
        return (int) values.stream().filter(labels::contains).count();
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0.0 : (double) num / den;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
