package io.candor.report;

import io.candor.domain.Assessment;
import io.candor.scoring.DealEvidence;
import java.util.Objects;

/** One deal to report on: what the scorer saw and what it concluded. */
public record DealReportInput(DealEvidence evidence, Assessment assessment) {

    public DealReportInput {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(assessment, "assessment");
        if (!evidence.deal().dealId().equals(assessment.dealId())) {
            throw new IllegalArgumentException("assessment of deal '" + assessment.dealId()
                    + "' given with the evidence of deal '" + evidence.deal().dealId() + "'");
        }
    }
}
