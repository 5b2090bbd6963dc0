package io.candor.web.deals;

import io.candor.domain.Verdict;
import io.candor.report.SummaryView.DealRow;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

/** The columns the deals list sorts by; each breaks ties by deal id so the order is stable. */
enum DealSort {
    DEAL(Comparator.comparing(DealRow::dealId)),
    /** Worst first ascending: our fault, mixed, external, insufficient (the enum's order). */
    VERDICT(Comparator.comparingInt(r -> verdictRank(r.verdict()))),
    SCORE(Comparator.comparingInt(DealRow::faultScore)),
    AMOUNT(Comparator.comparing(DealRow::amount, Comparator.nullsFirst(BigDecimal::compareTo))),
    REP(Comparator.comparing(r -> r.ownerName() == null ? "" : r.ownerName().toLowerCase(Locale.ROOT)));

    private final Comparator<DealRow> order;

    DealSort(Comparator<DealRow> order) {
        this.order = order;
    }

    /** The list's order for this column; descending reverses the column but keeps ties by deal id ascending. */
    Comparator<DealRow> comparator(boolean descending) {
        Comparator<DealRow> column = descending ? order.reversed() : order;
        return column.thenComparing(DealRow::dealId);
    }

    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The default direction when a column is first clicked: the biggest problems first. */
    boolean descendingByDefault() {
        return this == SCORE || this == AMOUNT;
    }

    static DealSort parse(String value) {
        for (DealSort s : values()) {
            if (s.param().equals(value)) {
                return s;
            }
        }
        throw new io.candor.web.BadRequestException("The deals list sorts by deal, verdict, score, amount or rep.");
    }

    private static int verdictRank(String verdict) {
        try {
            return Verdict.valueOf(verdict).ordinal();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Verdict.values().length;
        }
    }
}
