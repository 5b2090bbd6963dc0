package io.candor.report;

import java.util.List;

/**
 * One rep's coaching page: the rep-controllable causes that recur across their lost deals, each with
 * the best quotes from those deals and what a better move would sound like.
 *
 * @param patterns rep causes found in their deals, most frequent first; recurring = in two or more deals
 */
public record RepCoachingView(
        String name,
        String slug,
        int lostDeals,
        int analysedDeals,
        String amountLostText,
        Double medianTalkShare,
        Double questionsPerCall,
        List<PatternView> patterns,
        List<DealLink> deals,
        String runId,
        String generatedAt) {

    public record PatternView(String cause, String causeText, String title, int deals, boolean recurring, List<String> dealIds,
                              String lesson, String betterMove, List<ExampleView> examples) {
    }

    public record ExampleView(String dealId, String callId, Long startMs, String at, String speaker, String speakerSide,
                              String quote, String reportPath) {
    }

    public record DealLink(String dealId, String dealName, String verdict, int faultScore, String reportPath) {
    }
}
