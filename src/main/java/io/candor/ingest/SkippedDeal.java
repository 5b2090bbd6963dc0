package io.candor.ingest;

/**
 * A deals.csv row left out on purpose because its stage is not closed-lost (an open or won deal in
 * the export). Listed in the run summary for transparency; not a problem.
 */
public record SkippedDeal(String dealId, String stage) {
}
