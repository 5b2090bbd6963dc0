package io.candor.nlp.eval;

import java.util.List;
import java.util.Locale;

/** Renders evaluation rows as an aligned plain-text table (detector, label, n, precision, recall, F1). */
public final class EvaluationTable {

    private EvaluationTable() {
    }

    public static String render(List<EvaluationRow> rows) {
        int detectorWidth = Math.max("detector".length(), rows.stream().mapToInt(r -> r.detector().length()).max().orElse(0));
        int labelWidth = Math.max("label".length(), rows.stream().mapToInt(r -> r.label().length()).max().orElse(0));
        String format = "%-" + detectorWidth + "s  %-" + labelWidth + "s  %5s  %9s  %6s  %5s%n";
        StringBuilder sb = new StringBuilder(String.format(format, "detector", "label", "n", "precision", "recall", "F1"));
        for (EvaluationRow r : rows) {
            sb.append(String.format(format, r.detector(), r.label(), r.n(),
                    three(r.precision()), three(r.recall()), three(r.f1())));
        }
        return sb.toString();
    }

    private static String three(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
