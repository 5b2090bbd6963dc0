package io.candor.report;

import io.candor.domain.FaultSide;
import io.candor.report.SummaryView.CauseRow;
import io.candor.report.SummaryView.VerdictRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Geometry of the summary's inline SVG bar charts, computed here so the template only places shapes
 * (no JavaScript, no network: the page prints and mails as it is).
 */
public final class SummaryCharts {

    static final int LABEL_WIDTH = 230;
    static final int BAR_MAX = 330;
    static final int ROW = 26;
    static final int BAR = 16;

    public record Charts(Chart verdicts, Chart repCausesByCount, Chart repCausesByAmount) {
    }

    public record Chart(String title, int width, int height, List<Bar> bars) {
    }

    /** One bar: label at the left, the bar from x = LABEL_WIDTH, the value text just after the bar. */
    public record Bar(String label, String valueText, int y, int textY, int x, int width, int height, int valueX, String color) {
    }

    private SummaryCharts() {
    }

    public static Charts of(SummaryView s) {
        List<CauseRow> repByCount = s.causesByCount().stream().filter(c -> FaultSide.REP.label().equals(c.side())).toList();
        List<CauseRow> repByAmount = s.causesByAmount().stream().filter(c -> FaultSide.REP.label().equals(c.side())).toList();
        return new Charts(
                chart("Lost deals by verdict", s.byVerdict(), VerdictRow::verdictText, v -> BigDecimal.valueOf(v.deals()),
                        v -> v.deals() + " (" + v.amountText() + ")", v -> color(v.verdict())),
                chart("Rep causes by number of deals", repByCount, CauseRow::causeText, c -> BigDecimal.valueOf(c.deals()),
                        c -> String.valueOf(c.deals()), c -> "#b4412f"),
                chart("Rep causes by amount lost", repByAmount, CauseRow::causeText, CauseRow::amount, CauseRow::amountText, c -> "#b4412f"));
    }

    private static <T> Chart chart(String title, List<T> rows, Function<T, String> label, Function<T, BigDecimal> value,
                                   Function<T, String> valueText, Function<T, String> color) {
        BigDecimal max = rows.stream().map(value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            T r = rows.get(i);
            int width = max.signum() == 0 ? 0 : value.apply(r).multiply(BigDecimal.valueOf(BAR_MAX))
                    .divide(max, java.math.RoundingMode.HALF_UP).intValue();
            int y = 8 + i * ROW;
            bars.add(new Bar(label.apply(r), valueText.apply(r), y, y + BAR - 3, LABEL_WIDTH, Math.max(width, 1), BAR,
                    LABEL_WIDTH + Math.max(width, 1) + 6, color.apply(r)));
        }
        return new Chart(title, LABEL_WIDTH + BAR_MAX + 170, 16 + rows.size() * ROW, bars);
    }

    private static String color(String verdict) {
        return switch (verdict) {
            case "LIKELY_OUR_FAULT" -> "#b4412f";
            case "MIXED" -> "#c58a1c";
            case "LIKELY_EXTERNAL" -> "#2f6fb4";
            default -> "#8a93a3";
        };
    }
}
