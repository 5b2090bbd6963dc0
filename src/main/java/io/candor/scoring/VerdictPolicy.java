package io.candor.scoring;

import io.candor.config.CandorConfig;
import io.candor.domain.CauseCode;
import io.candor.domain.FaultSide;
import io.candor.domain.Finding;
import io.candor.domain.Verdict;
import java.util.List;

/**
 * Turns findings into the fault score and verdict. Each finding weighs {@code weight(cause) x strength};
 * rep findings add to "rep", external and product findings to "other".
 * <ul>
 * <li>fault score = 100 x (1 - e^(-rep / fault-score-scale)) x rep / (rep + other): more and stronger
 * rep causes raise it towards 100, external causes dilute it.</li>
 * <li>verdict from the rep share rep / (rep + other): at or above {@code verdict-our-fault-rep-share-min}
 * LIKELY_OUR_FAULT, at or below {@code verdict-external-rep-share-max} LIKELY_EXTERNAL, else MIXED.
 * A deal with no findings at all is LIKELY_EXTERNAL: nothing the rep controls was found.</li>
 * </ul>
 */
public final class VerdictPolicy {

    /** The score and verdict, with the weighted sums behind them so a report can show its working. */
    public record Outcome(Verdict verdict, int faultScore, double repWeight, double otherWeight) {
    }

    private final CandorConfig config;
    private final double scale;
    private final double ourFaultMin;
    private final double externalMax;

    public VerdictPolicy(CandorConfig config) {
        this.config = config;
        this.scale = config.weight("fault-score-scale");
        this.ourFaultMin = config.threshold("verdict-our-fault-rep-share-min");
        this.externalMax = config.threshold("verdict-external-rep-share-max");
        if (scale <= 0) {
            throw new IllegalArgumentException("weights.fault-score-scale must be > 0, got " + scale);
        }
    }

    public Outcome decide(List<Finding> findings) {
        double rep = 0;
        double other = 0;
        for (Finding f : findings) {
            double w = weight(f.cause()) * f.strength();
            if (f.side() == FaultSide.REP) {
                rep += w;
            } else {
                other += w;
            }
        }
        if (rep == 0) {
            return new Outcome(Verdict.LIKELY_EXTERNAL, 0, rep, other);
        }
        double repShare = rep / (rep + other);
        int score = (int) Math.round(100 * (1 - Math.exp(-rep / scale)) * repShare);
        Verdict verdict = repShare >= ourFaultMin ? Verdict.LIKELY_OUR_FAULT
                : repShare <= externalMax ? Verdict.LIKELY_EXTERNAL : Verdict.MIXED;
        return new Outcome(verdict, score, rep, other);
    }

    public static Outcome insufficient() {
        return new Outcome(Verdict.INSUFFICIENT_EVIDENCE, 0, 0, 0);
    }

    private double weight(CauseCode cause) {
        return config.weight(cause.name());
    }
}
