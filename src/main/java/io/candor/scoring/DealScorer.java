package io.candor.scoring;

import io.candor.config.CandorConfig;
import io.candor.domain.Assessment;
import io.candor.domain.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one lost deal: runs every cause rule over its evidence, weighs the findings into a fault
 * score and verdict, and checks the CRM's stated reason against them. Pure and thread-safe: one
 * instance serves a whole run.
 */
public final class DealScorer {

    private final List<CauseRule> rules;
    private final VerdictPolicy verdictPolicy;
    private final ReasonNormalizer reasonNormalizer;
    private final ReasonChecker reasonChecker = new ReasonChecker();
    private final double dealWordsMin;
    private final double unknownSideShareMax;

    public DealScorer(CandorConfig config) {
        this.rules = defaultRules(config);
        this.verdictPolicy = new VerdictPolicy(config);
        this.reasonNormalizer = new ReasonNormalizer(config);
        this.dealWordsMin = config.threshold("deal-words-min");
        this.unknownSideShareMax = config.threshold("unknown-side-share-max");
    }

    /** The rules in report order: rep causes first (in the design's order), then external and product. */
    static List<CauseRule> defaultRules(CandorConfig config) {
        List<CauseRule> rules = new ArrayList<>(List.of(
                new DiscoveryRule(config),
                new TalkShareRule(config),
                new UrgencyRule(config),
                new BusinessCaseRule(config),
                new ThreadingRule(config),
                new DetractorRule()));
        rules.addAll(ExternalCauseRule.all(config));
        rules.add(new ProductGapRule(config));
        return List.copyOf(rules);
    }

    public Assessment score(DealEvidence evidence) {
        String normalized = reasonNormalizer.normalize(evidence.deal().lossReason());
        List<Finding> findings = new ArrayList<>();
        VerdictPolicy.Outcome outcome;
        // Too little transcript would make every absence ("no dated next step") look like a finding; so
        // would calls where Candor cannot tell the seller from the buyer (sides are never guessed).
        if (evidence.calls().isEmpty() || evidence.words() < dealWordsMin || evidence.unknownSideShare() > unknownSideShareMax) {
            outcome = VerdictPolicy.insufficient();
        } else {
            for (CauseRule rule : rules) {
                rule.evaluate(evidence).ifPresent(findings::add);
            }
            outcome = verdictPolicy.decide(findings);
        }
        Assessment.ReasonCheck check = reasonChecker.check(evidence.deal().lossReason(), normalized, outcome.verdict(), findings, evidence);
        return new Assessment(evidence.deal().dealId(), outcome.verdict(), outcome.faultScore(), findings, check);
    }

    public String normalizeReason(String lossReason) {
        return reasonNormalizer.normalize(lossReason);
    }
}
