package io.candor.scoring;

import io.candor.config.CandorConfig;
import io.candor.domain.CauseCode;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import java.util.List;
import java.util.Optional;

/** TALKED_MORE_THAN_LISTENED: the seller side's talk share over all calls is above the threshold. */
final class TalkShareRule implements CauseRule {

    /** Strength reaches 1 fifteen points above the threshold (65 % → 80 %, where the plan's worst deals sit). */
    private static final double FULL_STRENGTH_SPAN = 0.15;

    private final double maxShare;
    private final double monologueSecondsMax;
    private final double monologueWordsMax;

    TalkShareRule(CandorConfig config) {
        this.maxShare = config.threshold("seller-talk-share-max");
        this.monologueSecondsMax = config.threshold("monologue-seconds-max");
        this.monologueWordsMax = config.threshold("monologue-words-max");
    }

    @Override
    public CauseCode cause() {
        return CauseCode.TALKED_MORE_THAN_LISTENED;
    }

    @Override
    public Optional<Finding> evaluate(DealEvidence evidence) {
        TalkShare talk = TalkShare.of(evidence.calls());
        double share = talk.sellerShare();
        if (talk.totalAmount() == 0 || share <= maxShare) {
            return Optional.empty();
        }
        long limit = talk.byTime() ? Math.round(monologueSecondsMax * 1000) : Math.round(monologueWordsMax);
        long longMonologues = talk.sellerTurns().stream().filter(t -> t.amount() > limit).count();
        // The longest monologues show the habit better than any average: the buyer waiting for a gap.
        List<Evidence> quotes = talk.sellerTurns().stream().limit(3).map(t -> Quotes.of(t.callId(), t.turn())).toList();
        String summary = "seller side talked " + Figures.percent(share) + " of the conversation across "
                + Figures.count(evidence.calls().size(), "call") + " (" + talk.unit() + "); "
                + (longMonologues == 0 ? "no seller monologue ran over " + talk.amountText(limit)
                        : Figures.count(longMonologues, "seller monologue") + " ran over " + talk.amountText(limit))
                + ", the longest " + talk.amountText(talk.sellerTurns().get(0).amount());
        String basis = "seller talk share " + Figures.percent(share) + " across " + Figures.count(evidence.calls().size(), "call")
                + " against a limit of " + Figures.percent(maxShare)
                + "; Gong Labs finds win rates fall when reps talk more than ~65 % (top reps talk 43-46 %)";
        return Optional.of(new Finding(cause(), summary, share, maxShare, basis,
                Figures.pastThreshold(share, maxShare, FULL_STRENGTH_SPAN), quotes));
    }
}
