package io.candor.report;

import io.candor.report.SummaryView.ChangesView;
import io.candor.report.SummaryView.CauseRow;
import io.candor.report.SummaryView.DealRow;
import io.candor.report.SummaryView.TrendRow;
import io.candor.report.SummaryView.VerdictChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What changed since the previous run, read from that run's summary.json: new losses, deals gone,
 * verdicts that moved, and causes trending up or down (by number of deals).
 */
final class RunChanges {

    private RunChanges() {
    }

    static ChangesView compare(List<DealRow> deals, List<CauseRow> causes, JsonNode previous) {
        if (previous == null) {
            return none("first run: no previous summary to compare with");
        }
        JsonNode prevDeals = previous.path("deals");
        if (!prevDeals.isArray()) {
            return none("the previous summary has no 'deals' list, so it cannot be compared");
        }
        Map<String, String> before = new LinkedHashMap<>();
        for (JsonNode d : prevDeals) {
            before.put(d.path("deal_id").asString(""), d.path("verdict").asString(""));
        }
        Set<String> now = new LinkedHashSet<>();
        deals.forEach(d -> now.add(d.dealId()));
        List<String> added = deals.stream().map(DealRow::dealId).filter(id -> !before.containsKey(id)).toList();
        List<String> dropped = before.keySet().stream().filter(id -> !id.isEmpty() && !now.contains(id)).toList();
        List<VerdictChange> moved = deals.stream()
                .filter(d -> before.containsKey(d.dealId()) && !before.get(d.dealId()).equals(d.verdict()))
                .map(d -> new VerdictChange(d.dealId(), before.get(d.dealId()), d.verdict())).toList();
        Map<String, Integer> prevCounts = new LinkedHashMap<>();
        for (JsonNode c : previous.path("causes_by_count")) {
            prevCounts.put(c.path("cause").asString(""), c.path("deals").asInt(0));
        }
        Map<String, Integer> nowCounts = new LinkedHashMap<>();
        causes.forEach(c -> nowCounts.put(c.cause(), c.deals()));
        Set<String> all = new LinkedHashSet<>(nowCounts.keySet());
        all.addAll(prevCounts.keySet());
        List<TrendRow> trends = new ArrayList<>();
        for (String cause : all) {
            int b = prevCounts.getOrDefault(cause, 0);
            int n = nowCounts.getOrDefault(cause, 0);
            if (b != n && !cause.isEmpty()) {
                trends.add(new TrendRow(cause, b, n, n - b));
            }
        }
        return new ChangesView(true, previous.path("run_id").asString(null), previous.path("generated_at").asString(null), null,
                added, dropped,
                trends.stream().filter(t -> t.delta() > 0).sorted(Comparator.comparingInt(TrendRow::delta).reversed()).toList(),
                trends.stream().filter(t -> t.delta() < 0).sorted(Comparator.comparingInt(TrendRow::delta)).toList(),
                moved);
    }

    static ChangesView none(String note) {
        return new ChangesView(false, null, null, note, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
