package io.candor.metrics;

import java.util.List;
import java.util.Map;

/**
 * Timing figures of one call, straight from its turns, in Gong's vocabulary (README "Metrics").
 * Shares are 0..1. Where the transcript has no times ({@code measuredBy = "words"}), shares are
 * word shares, monologue lengths are in words, and the per-minute figures are null.
 *
 * @param measuredBy          "time" or "words"
 * @param talkShareBySpeaker  speaker (identity: email where known, else name) to share
 * @param longestMonologue    the seller side's longest uninterrupted turn, ms or words
 * @param longestBuyerStory   the buyer side's longest uninterrupted turn, ms or words
 * @param interactivity       speaker switches per minute of call
 * @param patienceMs          mean gap before a seller turn that follows a buyer turn
 * @param sellerWordsPerMinute words per minute while a seller speaks
 */
public record CallMetrics(
        String callId,
        String measuredBy,
        long durationMs,
        int turns,
        int words,
        double sellerTalkShare,
        double buyerTalkShare,
        double unknownTalkShare,
        Map<String, Double> talkShareBySpeaker,
        long longestMonologue,
        String longestMonologueSpeaker,
        long longestBuyerStory,
        Double interactivity,
        Double patienceMs,
        Double sellerWordsPerMinute,
        List<String> sellerSpeakers,
        List<String> buyerSpeakers,
        List<String> unknownSpeakers) {

    public static final String BY_TIME = "time";
    public static final String BY_WORDS = "words";

    public boolean timed() {
        return BY_TIME.equals(measuredBy);
    }
}
