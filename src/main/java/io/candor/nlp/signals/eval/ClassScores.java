package io.candor.nlp.signals.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 per class for a labeling task with a "none" class: a prediction is a
 * true positive only if it names the gold class (and, where the task says so, the gold value, such
 * as the normalized date); "none" is never scored as a class of its own.
 */
public final class ClassScores {

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    public ClassScores(List<String> classes) {
        classes.forEach(c -> counts.put(c, new int[3]));
    }

    /** One utterance: gold and predicted class ("none" for none); correct says whether a matching class also matched its value. */
    public void add(String gold, String predicted, boolean valueCorrect) {
        boolean hit = gold.equals(predicted) && valueCorrect;
        if (!predicted.equals("none") && counts.containsKey(predicted) && !hit) {
            counts.get(predicted)[1]++;
        }
        if (!gold.equals("none") && counts.containsKey(gold)) {
            counts.get(gold)[hit ? 0 : 2]++;
        }
    }

    public double precision(String c) {
        int[] n = counts.get(c);
        return n[0] + n[1] == 0 ? 0 : (double) n[0] / (n[0] + n[1]);
    }

    public double recall(String c) {
        int[] n = counts.get(c);
        return n[0] + n[2] == 0 ? 0 : (double) n[0] / (n[0] + n[2]);
    }

    public double f1(String c) {
        double p = precision(c), r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Pooled over all classes: what "detractor F1" means (any stance, it must be the right one). */
    public double microPrecision() {
        int tp = sum(0), fp = sum(1);
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double microRecall() {
        int tp = sum(0), fn = sum(2);
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double microF1() {
        double p = microPrecision(), r = microRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean of the classes' F1. */
    public double macroF1() {
        return counts.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    public List<String> lines(String indent) {
        var out = new ArrayList<String>();
        counts.forEach((c, n) -> out.add(String.format(Locale.ROOT, "%s%-18s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                indent, c, precision(c), recall(c), f1(c), n[0], n[1], n[2])));
        return out;
    }

    private int sum(int k) {
        return counts.values().stream().mapToInt(n -> n[k]).sum();
    }
}
