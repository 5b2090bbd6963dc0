package io.candor.report;

import io.candor.domain.CauseCode;
import io.candor.domain.FaultSide;
import io.candor.report.DealReportView.EvidenceView;
import io.candor.report.DealReportView.FindingView;
import io.candor.report.RepCoachingView.DealLink;
import io.candor.report.RepCoachingView.ExampleView;
import io.candor.report.RepCoachingView.PatternView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds one {@link RepCoachingView} per deal owner. */
public final class RepCoachingViews {

    /** Two or three quotes make a pattern recognisable without turning the page into a transcript. */
    static final int EXAMPLES_MAX = 3;

    private RepCoachingViews() {
    }

    public static List<RepCoachingView> build(RunInfo run, List<DealReportView> deals) {
        List<RepCoachingView> out = new ArrayList<>();
        for (Map.Entry<String, List<DealReportView>> e : SummaryViews.byRep(deals).entrySet()) {
            out.add(rep(run, e.getKey(), e.getValue()));
        }
        return out;
    }

    static RepCoachingView rep(RunInfo run, String name, List<DealReportView> deals) {
        List<PatternView> patterns = new ArrayList<>();
        for (CauseCode cause : CauseCode.values()) {
            if (cause.side() != FaultSide.REP) {
                continue;
            }
            List<DealReportView> with = deals.stream().filter(d -> d.causes().contains(cause.name())).toList();
            if (with.isEmpty()) {
                continue;
            }
            CoachingPlaybook.Play play = CoachingPlaybook.play(cause);
            patterns.add(new PatternView(cause.name(), CoachingPlaybook.causeText(cause), play.title(), with.size(), with.size() > 1,
                    with.stream().map(DealReportView::dealId).toList(), play.lesson(), play.betterMove(), examples(cause, with)));
        }
        patterns.sort(Comparator.comparingInt(PatternView::deals).reversed());
        int analysed = (int) deals.stream().filter(d -> !"INSUFFICIENT_EVIDENCE".equals(d.verdict())).count();
        return new RepCoachingView(name, SafeFileNames.slug(name), deals.size(), analysed,
                SummaryViews.amountText(deals, d -> true), RepFigures.medianTalkShare(deals), RepFigures.questionsPerCall(deals),
                patterns, deals.stream().map(d -> new DealLink(d.dealId(), d.dealName(), d.verdict(), d.faultScore(), d.reportPath())).toList(),
                run.runId(), run.generatedAt().toString());
    }

    /**
     * The strongest findings' lead quotes, one per deal first (the pattern shows across deals), then
     * second quotes from the strongest finding if fewer than two were found.
     */
    private static List<ExampleView> examples(CauseCode cause, List<DealReportView> deals) {
        record Found(DealReportView deal, FindingView finding) {
        }
        List<Found> found = deals.stream()
                .flatMap(d -> d.findings().stream().filter(f -> f.cause().equals(cause.name())).map(f -> new Found(d, f)))
                .sorted(Comparator.comparingDouble((Found f) -> f.finding().strength()).reversed())
                .toList();
        List<ExampleView> out = new ArrayList<>();
        for (Found f : found) {
            if (out.size() < EXAMPLES_MAX && !f.finding().evidence().isEmpty()) {
                out.add(example(f.deal(), f.finding().evidence().get(0)));
            }
        }
        if (out.size() < 2 && !found.isEmpty()) {
            Found best = found.get(0);
            best.finding().evidence().stream().skip(1).limit(2L - out.size()).forEach(ev -> out.add(example(best.deal(), ev)));
        }
        return out;
    }

    private static ExampleView example(DealReportView deal, EvidenceView e) {
        return new ExampleView(deal.dealId(), e.callId(), e.startMs(), e.at(), e.speaker(), e.speakerSide(), e.quote(), deal.reportPath());
    }
}
