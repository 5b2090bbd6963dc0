package io.candor.batch;

import io.candor.domain.Assessment;
import io.candor.scoring.DealEvidence;

/** A deal's evidence with the scorer's assessment of it. */
public record ScoredDeal(DealEvidence evidence, Assessment assessment) {
}
