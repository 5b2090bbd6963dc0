package io.candor.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The run summary leaders read: losses by verdict, causes ranked by count and by amount, reps, the
 * stated reason set against the evidence, ingest problems, and what changed since the previous run.
 * The same view renders summary.json and summary.html.
 */
public record SummaryView(
        String runId,
        String generatedAt,
        String corpus,
        int dealCount,
        int analysedCount,
        BigDecimal amountLost,
        String amountLostText,
        List<VerdictRow> byVerdict,
        List<CauseRow> causesByCount,
        List<CauseRow> causesByAmount,
        List<RepRow> reps,
        ReasonMatrix reasonMatrix,
        List<ProblemView> problems,
        ChangesView changes,
        List<DealRow> deals) {

    public record VerdictRow(String verdict, String verdictText, int deals, BigDecimal amount, String amountText) {
    }

    public record CauseRow(String cause, String causeText, String side, int deals, BigDecimal amount, String amountText) {
    }

    public record CauseCount(String cause, int deals) {
    }

    /**
     * @param medianTalkShare median seller talk share over the rep's calls, null without calls
     * @param questionsPerCall real seller questions per call over the rep's calls, null without calls
     */
    public record RepRow(String name, String slug, int lostDeals, int analysedDeals, BigDecimal amountLost, String amountLostText,
                         List<CauseCount> causes, Double medianTalkShare, Double questionsPerCall, String coachingPath) {
    }

    /** Rows: normalized stated reasons; columns: cause codes (in {@code causes} order), then the reason check. */
    public record ReasonMatrix(List<String> causes, List<MatrixRow> rows) {
    }

    public record MatrixRow(String reason, int deals, List<Integer> causeCounts, int supports, int contradicts, int cannotJudge) {
    }

    public record ProblemView(String file, Integer line, String dealId, String reason, String text) {
    }

    /**
     * @param note why there is no comparison ("first run", "previous summary unreadable: ..."), null when there is one
     */
    public record ChangesView(boolean hasPrevious, String previousRunId, String previousGeneratedAt, String note,
                              List<String> newLosses, List<String> droppedDeals, List<TrendRow> causesUp, List<TrendRow> causesDown,
                              List<VerdictChange> verdictChanges) {
    }

    public record TrendRow(String cause, int before, int now, int delta) {
    }

    public record VerdictChange(String dealId, String before, String now) {
    }

    /** One deal in the run, as deals.csv and the CRM write-back file carry it. */
    public record DealRow(String dealId, String dealName, String account, String ownerName, BigDecimal amount, String currency,
                          String closeDate, String statedReason, String reasonNormalized, String reasonAgreement, String verdict,
                          int faultScore, List<String> causes, String primaryCause, String summary, int calls, int words,
                          Double sellerTalkShare, String reportPath) {
    }
}
