package io.candor.web.deals;

import io.candor.report.SummaryView.DealRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deals list: the summary's deal rows in the order asked for, and one header link per sortable
 * column (clicking the current column flips its direction).
 *
 * @param columns column param ("score") to its header link
 */
public record DealsPage(List<DealRow> deals, String sort, boolean descending, Map<String, SortLink> columns) {

    /** @param arrow "▲", "▼" on the current column, "" elsewhere */
    public record SortLink(String href, String arrow, boolean current) {
    }

    static DealsPage of(List<DealRow> rows, DealSort sort, boolean descending) {
        List<DealRow> sorted = new ArrayList<>(rows);
        sorted.sort(sort.comparator(descending));
        Map<String, SortLink> columns = new LinkedHashMap<>();
        for (DealSort column : DealSort.values()) {
            boolean current = column == sort;
            boolean nextDescending = current ? !descending : column.descendingByDefault();
            String href = "/deals?sort=" + column.param() + "&dir=" + (nextDescending ? "desc" : "asc");
            columns.put(column.param(), new SortLink(href, current ? (descending ? "▼" : "▲") : "", current));
        }
        return new DealsPage(sorted, sort.param(), descending, columns);
    }
}
