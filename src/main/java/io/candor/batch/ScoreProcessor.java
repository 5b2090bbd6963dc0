package io.candor.batch;

import io.candor.config.CandorConfig;
import io.candor.scoring.DealEvidence;
import io.candor.scoring.DealScorer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Scores one deal. Pure; the scorer (its rules and compiled lexicons) is built once per run's
 * settings, not once per deal.
 */
public class ScoreProcessor implements ItemProcessor<DealEvidence, ScoredDeal> {

    private final RunContext run;
    private volatile CandorConfig scoredWith;
    private volatile DealScorer scorer;

    public ScoreProcessor(RunContext run) {
        this.run = run;
    }

    @Override
    public ScoredDeal process(DealEvidence evidence) {
        return new ScoredDeal(evidence, scorer().score(evidence));
    }

    private synchronized DealScorer scorer() {
        CandorConfig config = run.config();
        if (scorer == null || scoredWith != config) {
            scorer = new DealScorer(config);
            scoredWith = config;
        }
        return scorer;
    }
}
