package io.candor.report;

import io.candor.domain.CauseCode;
import io.candor.domain.FaultSide;
import io.candor.domain.IngestProblem;
import io.candor.domain.Verdict;
import io.candor.report.SummaryView.CauseCount;
import io.candor.report.SummaryView.CauseRow;
import io.candor.report.SummaryView.DealRow;
import io.candor.report.SummaryView.MatrixRow;
import io.candor.report.SummaryView.ProblemView;
import io.candor.report.SummaryView.ReasonMatrix;
import io.candor.report.SummaryView.RepRow;
import io.candor.report.SummaryView.VerdictRow;
import io.candor.scoring.ReasonAgreement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Builds the run's {@link SummaryView} from the deal views. Pure: the previous summary comes in parsed. */
public final class SummaryViews {

    /** Salesforce and HubSpot single-line text fields hold 255 characters. */
    static final int ONE_LINE_MAX = 255;

    private SummaryViews() {
    }

    public static SummaryView build(RunInfo run, List<DealReportView> deals, List<IngestProblem> problems, JsonNode previous) {
        List<DealRow> rows = deals.stream().map(SummaryViews::row).toList();
        int analysed = (int) deals.stream().filter(d -> !Verdict.INSUFFICIENT_EVIDENCE.name().equals(d.verdict())).count();
        List<CauseRow> causes = causeRows(deals);
        return new SummaryView(run.runId(), run.generatedAt().toString(), run.corpus(), deals.size(), analysed,
                total(deals, d -> true), amountText(deals, d -> true),
                verdictRows(deals), causes,
                causes.stream().sorted(Comparator.comparing(CauseRow::amount).reversed().thenComparing(CauseRow::cause)).toList(),
                repRows(deals), reasonMatrix(deals),
                problems.stream().map(p -> new ProblemView(p.file(), p.line(), p.dealId(), p.reason(), p.describe())).toList(),
                RunChanges.compare(rows, causes, previous), rows);
    }

    static DealRow row(DealReportView d) {
        return new DealRow(d.dealId(), d.dealName(), d.account(), d.ownerName(), d.amount(), d.currency(), d.closeDate(),
                d.statedReason(), d.reasonCheck().normalized(), d.reasonCheck().agreement(), d.verdict(), d.faultScore(),
                d.causes(), d.primaryCause(), oneLine(d), d.dealMetrics().calls(), d.dealMetrics().words(),
                d.dealMetrics().calls() == 0 ? null : d.dealMetrics().sellerTalkShare(), d.reportPath());
    }

    /** "Likely our fault (72): seller side asked 1 real question per call ...", cut to fit a CRM text field. */
    static String oneLine(DealReportView d) {
        if (Verdict.INSUFFICIENT_EVIDENCE.name().equals(d.verdict())) {
            return d.verdictText() + ": " + (d.dealMetrics().calls() == 0 ? "no call recorded"
                    : "only " + d.dealMetrics().words() + " words transcribed in " + d.dealMetrics().calls() + " call(s)");
        }
        String lead = d.findings().stream().filter(f -> f.cause().equals(d.primaryCause())).findFirst()
                .map(f -> ": " + f.summary()).orElse(d.findings().isEmpty() ? ": no cause found in the calls" : "");
        String line = d.verdictText() + " (" + d.faultScore() + ")" + lead;
        return line.length() <= ONE_LINE_MAX ? line : line.substring(0, ONE_LINE_MAX - 1) + "\u2026";
    }

    private static List<VerdictRow> verdictRows(List<DealReportView> deals) {
        List<VerdictRow> out = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            Predicate<DealReportView> is = d -> v.name().equals(d.verdict());
            out.add(new VerdictRow(v.name(), DealViews.verdictText(v), (int) deals.stream().filter(is).count(), total(deals, is), amountText(deals, is)));
        }
        return out;
    }

    /** Causes found in at least one deal, most frequent first (ties: larger amount, then code order). */
    private static List<CauseRow> causeRows(List<DealReportView> deals) {
        List<CauseRow> out = new ArrayList<>();
        for (CauseCode c : CauseCode.values()) {
            Predicate<DealReportView> has = d -> d.causes().contains(c.name());
            int n = (int) deals.stream().filter(has).count();
            if (n > 0) {
                out.add(new CauseRow(c.name(), CoachingPlaybook.causeText(c), c.side().label(), n, total(deals, has), amountText(deals, has)));
            }
        }
        out.sort(Comparator.comparingInt(CauseRow::deals).reversed().thenComparing(Comparator.comparing(CauseRow::amount).reversed()));
        return out;
    }

    private static List<RepRow> repRows(List<DealReportView> deals) {
        Map<String, List<DealReportView>> byRep = byRep(deals);
        List<RepRow> out = new ArrayList<>();
        byRep.forEach((rep, list) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (CauseCode c : CauseCode.values()) {
                int n = (int) list.stream().filter(d -> d.causes().contains(c.name())).count();
                if (n > 0 && c.side() == FaultSide.REP) {
                    counts.put(c.name(), n);
                }
            }
            List<CauseCount> causes = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> new CauseCount(e.getKey(), e.getValue())).toList();
            String slug = SafeFileNames.slug(rep);
            out.add(new RepRow(rep, slug, list.size(),
                    (int) list.stream().filter(d -> !Verdict.INSUFFICIENT_EVIDENCE.name().equals(d.verdict())).count(),
                    total(list, d -> true), amountText(list, d -> true), causes, RepFigures.medianTalkShare(list),
                    RepFigures.questionsPerCall(list), "coaching/" + slug + ".html"));
        });
        out.sort(Comparator.comparingInt((RepRow r) -> r.causes().stream().mapToInt(CauseCount::deals).sum()).reversed()
                .thenComparing(RepRow::name));
        return out;
    }

    static Map<String, List<DealReportView>> byRep(List<DealReportView> deals) {
        Map<String, List<DealReportView>> byRep = new LinkedHashMap<>();
        deals.stream().sorted(Comparator.comparing(d -> Objects.requireNonNullElse(d.ownerName(), "")))
                .forEach(d -> byRep.computeIfAbsent(Objects.requireNonNullElse(d.ownerName(), "(no owner)"), k -> new ArrayList<>()).add(d));
        return byRep;
    }

    private static ReasonMatrix reasonMatrix(List<DealReportView> deals) {
        List<String> causes = List.of(CauseCode.values()).stream().map(Enum::name)
                .filter(c -> deals.stream().anyMatch(d -> d.causes().contains(c))).toList();
        Map<String, List<DealReportView>> byReason = new LinkedHashMap<>();
        deals.stream().sorted(Comparator.comparing(d -> Objects.requireNonNullElse(d.reasonCheck().normalized(), "blank")))
                .forEach(d -> byReason.computeIfAbsent(Objects.requireNonNullElse(d.reasonCheck().normalized(), "blank"), k -> new ArrayList<>()).add(d));
        List<MatrixRow> rows = new ArrayList<>();
        byReason.forEach((reason, list) -> rows.add(new MatrixRow(reason, list.size(),
                causes.stream().map(c -> (int) list.stream().filter(d -> d.causes().contains(c)).count()).toList(),
                agreements(list, ReasonAgreement.SUPPORTS), agreements(list, ReasonAgreement.CONTRADICTS),
                agreements(list, ReasonAgreement.CANNOT_JUDGE))));
        return new ReasonMatrix(causes, rows);
    }

    private static int agreements(List<DealReportView> deals, ReasonAgreement a) {
        return (int) deals.stream().filter(d -> a.name().equals(d.reasonCheck().agreement())).count();
    }

    static BigDecimal total(List<DealReportView> deals, Predicate<DealReportView> which) {
        return deals.stream().filter(which).map(DealReportView::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** "USD 1,234,000"; amounts in several currencies are summed but say so rather than pretend to one currency. */
    static String amountText(List<DealReportView> deals, Predicate<DealReportView> which) {
        List<String> currencies = deals.stream().filter(which).filter(d -> d.amount() != null)
                .map(d -> Objects.requireNonNullElse(d.currency(), "")).distinct().toList();
        BigDecimal sum = total(deals, which);
        return currencies.size() <= 1 ? DealViews.amountText(sum, currencies.isEmpty() ? null : currencies.get(0))
                : DealViews.amountText(sum, null) + " (mixed currencies)";
    }
}
