package io.candor.report;

import io.candor.report.DealReportView.CallMetricsView;
import java.util.List;

/** Per-rep conversation figures over all calls of the rep's lost deals. */
final class RepFigures {

    private RepFigures() {
    }

    /** The median call, not the mean: one 20-minute monologue should not define a rep. Null without calls. */
    static Double medianTalkShare(List<DealReportView> deals) {
        List<Double> shares = calls(deals).stream().map(CallMetricsView::sellerTalkShare).sorted().toList();
        if (shares.isEmpty()) {
            return null;
        }
        int mid = shares.size() / 2;
        double median = shares.size() % 2 == 1 ? shares.get(mid) : (shares.get(mid - 1) + shares.get(mid)) / 2;
        return DealViews.round(median);
    }

    static Double questionsPerCall(List<DealReportView> deals) {
        List<CallMetricsView> calls = calls(deals);
        return calls.isEmpty() ? null : DealViews.round(calls.stream().mapToInt(CallMetricsView::sellerQuestions).average().orElse(0));
    }

    private static List<CallMetricsView> calls(List<DealReportView> deals) {
        return deals.stream().flatMap(d -> d.metrics().values().stream()).toList();
    }
}
