package io.candor.domain;

import java.util.List;

/**
 * The scorer's answer for one deal.
 *
 * @param faultScore 0..100, how much of the loss the evidence puts on the seller side
 */
public record Assessment(String dealId, Verdict verdict, int faultScore, List<Finding> findings, ReasonCheck reasonCheck) {

    public Assessment {
        findings = List.copyOf(findings);
    }

    /**
     * What the CRM's stated loss reason amounts to, and whether the evidence agrees.
     *
     * @param normalized budget, timing, no_decision, competitor, product, price, other or blank
     * @param agreement  SUPPORTS, CONTRADICTS or CANNOT_JUDGE
     */
    public record ReasonCheck(String normalized, String agreement, String why) {
    }
}
