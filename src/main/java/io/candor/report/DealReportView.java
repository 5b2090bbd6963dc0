package io.candor.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything one deal's report shows, already worded and formatted, so the JSON, Markdown and HTML
 * renderers (and the web app) show the same facts. Field names become the JSON keys in snake_case
 * (design.md output contract: deal_id, owner_name, stated_reason, verdict, fault_score, findings, metrics).
 *
 * @param metrics    call id to that call's figures, in call order
 * @param reportPath the HTML report's path relative to the output folder ("deals/D-1001.html")
 */
public record DealReportView(
        String dealId,
        String dealName,
        String account,
        String ownerName,
        String ownerEmail,
        BigDecimal amount,
        String amountText,
        String currency,
        String closeDate,
        String stage,
        String statedReason,
        String statedReasonDetail,
        String competitor,
        Map<String, String> attributes,
        String verdict,
        String verdictText,
        int faultScore,
        String primaryCause,
        ReasonCheckView reasonCheck,
        List<FindingView> findings,
        Map<String, CallMetricsView> metrics,
        DealMetricsView dealMetrics,
        List<CallView> calls,
        List<StakeholderView> stakeholders,
        List<String> lessons,
        List<String> problems,
        String reportPath,
        String runId,
        String generatedAt) {

    public List<String> causes() {
        return findings.stream().map(FindingView::cause).toList();
    }

    public record ReasonCheckView(String stated, String normalized, String agreement, String why) {
    }

    /**
     * @param side    rep, external or product
     * @param figure  the measured figure the rule compared
     * @param threshold the threshold it crossed
     */
    public record FindingView(String cause, String causeText, String side, String summary, double figure, double threshold,
                              String basis, double strength, List<EvidenceView> evidence) {
    }

    /** @param startMs null where the transcript has no times; at is the same as "04:10", "" where unknown */
    public record EvidenceView(String callId, Long startMs, String at, String speaker, String speakerSide, String quote) {
    }

    /** One call's figures; {@code benchmarks} are the rows of the report's table, the figure beside its benchmark. */
    public record CallMetricsView(String callId, String measuredBy, long durationMs, int turns, int words,
                                  double sellerTalkShare, double buyerTalkShare, long longestMonologue, long longestBuyerStory,
                                  Double interactivity, Double patienceMs, int sellerQuestions, int sellerOpenQuestions,
                                  List<String> discoveryTopics, List<BenchmarkView> benchmarks) {
    }

    /** @param outside true when the figure is on the wrong side of the benchmark */
    public record BenchmarkView(String name, String value, String benchmark, boolean outside) {
    }

    public record DealMetricsView(int calls, int words, String measuredBy, double sellerTalkShare, double sellerQuestionsPerCall,
                                  int discoveryTopics, int buyerSpeakers) {
    }

    /** A call on the timeline, with who spoke on it. */
    public record CallView(String callId, String date, String title, String format, String source, int words,
                           String duration, List<AttendeeView> attendees) {
    }

    public record AttendeeView(String name, String side) {
    }

    /** @param status how the deal treated them: "spoke on 2 calls", "mentioned 4 times, never joined" */
    public record StakeholderView(String name, String side, String title, boolean spoke, int callsAttended, int words,
                                  int mentions, String stance, String status) {
    }
}
