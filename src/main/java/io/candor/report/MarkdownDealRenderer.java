package io.candor.report;

import io.candor.report.DealReportView.BenchmarkView;
import io.candor.report.DealReportView.CallMetricsView;
import io.candor.report.DealReportView.CallView;
import io.candor.report.DealReportView.EvidenceView;
import io.candor.report.DealReportView.FindingView;
import io.candor.report.DealReportView.StakeholderView;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A deal report in Markdown, for wikis, tickets and e-mail: the same facts as the HTML report. */
public final class MarkdownDealRenderer {

    public String render(DealReportView v) {
        StringBuilder md = new StringBuilder();
        md.append("# Lost deal: ").append(e(v.dealName() != null ? v.dealName() : v.dealId())).append(" (").append(e(v.dealId())).append(")\n\n");
        row(md, "Account", v.account());
        row(md, "Rep", v.ownerName());
        row(md, "Amount", v.amountText());
        row(md, "Close date", v.closeDate());
        row(md, "Stated reason", v.statedReason() == null ? "(none)" : v.statedReason()
                + (v.statedReasonDetail() == null ? "" : ": " + v.statedReasonDetail()));
        if (v.competitor() != null) {
            row(md, "Lost to", v.competitor());
        }
        md.append("\n## Verdict: ").append(e(v.verdictText())).append(" (fault score ").append(v.faultScore()).append(" of 100)\n\n");
        md.append("**Stated reason check: ").append(e(v.reasonCheck().agreement())).append("**: ").append(e(v.reasonCheck().why())).append("\n\n");
        md.append("## Findings\n\n");
        if (v.findings().isEmpty()) {
            md.append("No cause found.\n\n");
        }
        for (FindingView f : v.findings()) {
            md.append("### ").append(e(f.causeText())).append(" (").append(e(f.cause())).append(", ").append(e(f.side())).append(")\n\n");
            md.append(e(f.summary())).append(".\n\n");
            md.append("*Why it fired:* ").append(e(f.basis())).append(".\n\n");
            for (EvidenceView q : f.evidence()) {
                md.append("> ").append(e(q.quote())).append("\n>\n> \u2014 ").append(e(q.speaker())).append(" (").append(e(q.speakerSide()))
                        .append("), ").append(e(q.callId())).append(q.at().isEmpty() ? "" : " at " + q.at()).append("\n\n");
            }
        }
        md.append("## Lessons for the deal retro\n\n");
        v.lessons().forEach(l -> md.append("- ").append(e(l)).append("\n"));
        md.append("\n## Calls\n\n");
        for (CallView c : v.calls()) {
            md.append("- **").append(e(c.callId())).append("** ").append(e(c.date())).append(" ").append(e(c.title()))
                    .append(c.duration() == null ? "" : ", " + e(c.duration())).append(", ").append(c.words()).append(" words: ")
                    .append(c.attendees().stream().map(a -> e(a.name()) + " (" + e(a.side()) + ")").collect(Collectors.joining(", "))).append("\n");
        }
        metrics(md, v.metrics());
        md.append("\n## Stakeholders\n\n| Person | Side | Title | Stance | Involvement |\n|---|---|---|---|---|\n");
        for (StakeholderView s : v.stakeholders()) {
            md.append("| ").append(MarkdownText.cell(s.name())).append(" | ").append(MarkdownText.cell(s.side())).append(" | ")
                    .append(MarkdownText.cell(s.title())).append(" | ").append(MarkdownText.cell(s.stance())).append(" | ")
                    .append(MarkdownText.cell(s.status())).append(" |\n");
        }
        if (!v.problems().isEmpty()) {
            md.append("\n## Input problems\n\n");
            v.problems().forEach(p -> md.append("- ").append(e(p)).append("\n"));
        }
        md.append("\n*Candor run ").append(e(v.runId())).append(", ").append(e(v.generatedAt())).append("*\n");
        return md.toString();
    }

    private static void metrics(StringBuilder md, Map<String, CallMetricsView> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(metrics.keySet());
        md.append("\n## Call metrics\n\n| Figure | ");
        ids.forEach(id -> md.append(MarkdownText.cell(id)).append(" | "));
        md.append("Benchmark |\n|---|");
        ids.forEach(id -> md.append("---|"));
        md.append("---|\n");
        List<BenchmarkView> first = metrics.get(ids.get(0)).benchmarks();
        for (int i = 0; i < first.size(); i++) {
            md.append("| ").append(MarkdownText.cell(first.get(i).name())).append(" | ");
            for (String id : ids) {
                BenchmarkView b = metrics.get(id).benchmarks().get(i);
                md.append(b.outside() ? "**" + MarkdownText.cell(b.value()) + "**" : MarkdownText.cell(b.value())).append(" | ");
            }
            md.append(MarkdownText.cell(first.get(i).benchmark())).append(" |\n");
        }
        md.append("\nFigures in bold are on the wrong side of their benchmark.\n");
    }

    private static void row(StringBuilder md, String label, String value) {
        md.append("- **").append(label).append(":** ").append(value == null ? "\u2014" : e(value)).append("\n");
    }

    private static String e(String s) {
        return MarkdownText.escape(s);
    }
}
