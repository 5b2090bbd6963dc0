package io.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.report.SummaryView.CauseRow;
import io.candor.report.SummaryView.MatrixRow;
import io.candor.report.SummaryView.RepRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryAndCoachingViewsTest {

    private final List<DealReportView> deals = SampleRun.inputs().stream()
            .map(d -> new DealViews(SampleRun.RUN).build(d, SampleRun.problems())).toList();

    @Test
    void causesAreRankedByDealsAndByAmount() {
        SummaryView s = SummaryViews.build(SampleRun.RUN, deals, SampleRun.problems(), null);

        assertThat(s.dealCount()).isEqualTo(4);
        assertThat(s.amountLostText()).isEqualTo("USD 334,500");
        CauseRow top = s.causesByCount().get(0);
        assertThat(top.deals()).isEqualTo(2);
        assertThat(s.causesByAmount().get(0).amountText()).isEqualTo("USD 210,500");
        assertThat(s.byVerdict()).extracting(SummaryView.VerdictRow::deals).containsExactly(2, 0, 1, 1);
    }

    @Test
    void theReasonMatrixSetsStatedReasonsAgainstCausesAndAgreement() {
        SummaryView s = SummaryViews.build(SampleRun.RUN, deals, List.of(), null);

        MatrixRow budget = s.reasonMatrix().rows().stream().filter(r -> r.reason().equals("budget")).findFirst().orElseThrow();
        assertThat(budget.deals()).isEqualTo(2);
        assertThat(budget.supports()).isEqualTo(1);
        assertThat(budget.contradicts()).isEqualTo(1);
        int external = s.reasonMatrix().causes().indexOf("EXTERNAL_BUDGET");
        assertThat(budget.causeCounts().get(external)).isEqualTo(1);
        assertThat(s.reasonMatrix().rows()).extracting(MatrixRow::reason).containsExactly("budget", "competitor", "no_decision");
    }

    @Test
    void repRowsCarryMedianTalkShareAndQuestionsPerCall() {
        SummaryView s = SummaryViews.build(SampleRun.RUN, deals, List.of(), null);

        RepRow tyler = s.reps().stream().filter(r -> r.name().equals("Tyler Brandt")).findFirst().orElseThrow();
        assertThat(tyler.lostDeals()).isEqualTo(1);
        assertThat(tyler.medianTalkShare()).isBetween(0.75, 0.9);
        assertThat(tyler.questionsPerCall()).isEqualTo(1.0);
        assertThat(tyler.coachingPath()).isEqualTo("coaching/tyler-brandt.html");
        RepRow megan = s.reps().stream().filter(r -> r.name().equals("Megan Castillo")).findFirst().orElseThrow();
        assertThat(megan.lostDeals()).isEqualTo(2);
        assertThat(megan.analysedDeals()).isEqualTo(1);
    }

    @Test
    void chartsScaleTheLongestBarToTheMaximum() {
        SummaryCharts.Charts charts = SummaryCharts.of(SummaryViews.build(SampleRun.RUN, deals, List.of(), null));

        assertThat(charts.verdicts().bars()).hasSize(4);
        assertThat(charts.repCausesByCount().bars()).allMatch(b -> b.width() <= SummaryCharts.BAR_MAX);
        assertThat(charts.repCausesByCount().bars().get(0).width()).isEqualTo(SummaryCharts.BAR_MAX);
        assertThat(charts.repCausesByCount().bars()).noneMatch(b -> b.label().contains("external"));
    }

    @Test
    void coachingPagesShowRecurringPatternsWithExamplesAndABetterMove() {
        RepCoachingView megan = RepCoachingViews.build(SampleRun.RUN, deals).stream()
                .filter(r -> r.name().equals("Megan Castillo")).findFirst().orElseThrow();

        RepCoachingView.PatternView detractor = megan.patterns().stream().filter(p -> p.cause().equals("MISSED_DETRACTOR"))
                .findFirst().orElseThrow();
        assertThat(detractor.examples()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(detractor.examples().get(0).quote()).contains("really loves what Zendara showed her");
        assertThat(detractor.betterMove()).startsWith("\u201c");
        assertThat(megan.deals()).extracting(RepCoachingView.DealLink::dealId).containsExactly("D-1002", "D-1022");
    }

    @Test
    void theDealViewMapsWhoSpokeWhoWasOnlyMentionedAndTheDetractor() {
        DealReportView halvorsen = deals.stream().filter(d -> d.dealId().equals("D-1002")).findFirst().orElseThrow();

        DealReportView.StakeholderView sally = halvorsen.stakeholders().stream().filter(s -> s.name().equals("Sally Jensen"))
                .findFirst().orElseThrow();
        assertThat(sally.spoke()).isFalse();
        assertThat(sally.stance()).isEqualTo("prefers Zendara");
        assertThat(sally.status()).isEqualTo("mentioned 2 times, never joined a call");
        assertThat(halvorsen.calls().get(0).attendees()).extracting(DealReportView.AttendeeView::name)
                .containsExactly("Megan Castillo", "Greg Howell", "Unlabelled");
        assertThat(halvorsen.problems()).containsExactly("transcripts/D-1002/C-1002-3.vtt:12: cue time '00:01:xx' is not hh:mm:ss.mmm");
        assertThat(halvorsen.lessons()).anyMatch(l -> l.startsWith("Engage the sceptic early. In this deal, Sally Jensen prefers Zendara"));
    }
}
