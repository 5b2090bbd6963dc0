package io.candor.scoring;

import static io.candor.domain.CauseCode.EXTERNAL_BUDGET;
import static io.candor.domain.CauseCode.EXTERNAL_ORG_CHANGE;
import static io.candor.domain.CauseCode.EXTERNAL_PRIORITY;
import static io.candor.domain.CauseCode.MISSED_DETRACTOR;
import static io.candor.domain.CauseCode.NO_BUSINESS_CASE;
import static io.candor.domain.CauseCode.NO_URGENCY;
import static io.candor.domain.CauseCode.PRODUCT_GAP;
import static io.candor.domain.CauseCode.SINGLE_THREADED;
import static io.candor.domain.CauseCode.WEAK_DISCOVERY;

import io.candor.domain.Assessment.ReasonCheck;
import io.candor.domain.CauseCode;
import io.candor.domain.FaultSide;
import io.candor.domain.Finding;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets the CRM's stated loss reason beside the findings: does the evidence support it, contradict it,
 * or say nothing? Each reason has the causes that would prove it, and the rep causes that typically
 * hide behind it (a "Budget" loss with no business case built is a value problem, not a money problem).
 */
public final class ReasonChecker {

    private record Rule(Set<CauseCode> supportedBy, Map<CauseCode, String> hiddenCauses) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put(ReasonNormalizer.BUDGET, new Rule(Set.of(EXTERNAL_BUDGET), Map.of(
                NO_BUSINESS_CASE, "no business case was built, so the buyer had no numbers to win budget with")));
        RULES.put(ReasonNormalizer.PRICE, new Rule(Set.of(EXTERNAL_BUDGET), Map.of(
                NO_BUSINESS_CASE, "price was never set against a business case, so any price looked high")));
        RULES.put(ReasonNormalizer.TIMING, new Rule(Set.of(EXTERNAL_PRIORITY, EXTERNAL_ORG_CHANGE, EXTERNAL_BUDGET), Map.of(
                NO_URGENCY, "no compelling event or dated next step was ever set, so there was never a reason for it to be now")));
        RULES.put(ReasonNormalizer.NO_DECISION, new Rule(Set.of(EXTERNAL_PRIORITY, EXTERNAL_ORG_CHANGE), Map.of(
                NO_URGENCY, "no compelling event or dated next step pushed the buyer to decide",
                SINGLE_THREADED, "one contact carried the deal and could not get the decision made alone",
                NO_BUSINESS_CASE, "nobody gave the decision makers numbers to decide on")));
        RULES.put(ReasonNormalizer.COMPETITOR, new Rule(Set.of(PRODUCT_GAP), Map.of(
                MISSED_DETRACTOR, "a stakeholder who favoured another option was never engaged",
                WEAK_DISCOVERY, "the buyer's criteria were never uncovered, so the competitor set them")));
        RULES.put(ReasonNormalizer.PRODUCT, new Rule(Set.of(PRODUCT_GAP), Map.of(
                WEAK_DISCOVERY, "the needs were never explored, so a gap surfaced late or not at all")));
    }

    public ReasonCheck check(String statedReason, String normalized, Verdict verdict, List<Finding> findings, DealEvidence evidence) {
        String stated = statedReason == null || statedReason.isBlank() ? normalized : "\u201c" + statedReason.strip() + "\u201d";
        if (verdict == Verdict.INSUFFICIENT_EVIDENCE) {
            return result(normalized, ReasonAgreement.CANNOT_JUDGE, "not enough transcript with known sides to check the stated reason against");
        }
        Set<CauseCode> found = findings.stream().map(Finding::cause).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        String seen = found.isEmpty() ? "no cause" : found.stream().map(Enum::name).collect(Collectors.joining(", "));
        if (ReasonNormalizer.BLANK.equals(normalized)) {
            return result(normalized, ReasonAgreement.CANNOT_JUDGE, "the CRM gives no loss reason; the calls show " + seen);
        }
        if (ReasonNormalizer.OTHER.equals(normalized)) {
            return result(normalized, ReasonAgreement.CANNOT_JUDGE, "stated " + stated + " names no cause to check; the calls show " + seen);
        }
        Rule rule = RULES.get(normalized);
        List<CauseCode> supporting = found.stream().filter(rule.supportedBy()::contains).toList();
        List<CauseCode> repCauses = found.stream().filter(c -> c.side() == FaultSide.REP).toList();
        if (!supporting.isEmpty()) {
            return result(normalized, ReasonAgreement.SUPPORTS, "stated " + stated + " and the calls show " + join(supporting)
                    + (repCauses.isEmpty() ? "" : ", though also " + join(repCauses)));
        }
        List<CauseCode> hidden = found.stream().filter(rule.hiddenCauses()::containsKey).toList();
        if (!hidden.isEmpty()) {
            String why = "stated " + stated + " but " + rule.hiddenCauses().get(hidden.get(0))
                    + justificationNote(normalized, evidence) + " (" + join(hidden) + ")";
            return result(normalized, ReasonAgreement.CONTRADICTS, why);
        }
        if (!repCauses.isEmpty()) {
            return result(normalized, ReasonAgreement.CONTRADICTS, "stated " + stated + " but no call shows it; the calls show "
                    + join(repCauses));
        }
        if (ReasonNormalizer.COMPETITOR.equals(normalized) && competitorMentioned(evidence)) {
            return result(normalized, ReasonAgreement.SUPPORTS, "stated " + stated
                    + "; the competitor came up on the calls and no rep-controllable cause was found");
        }
        return result(normalized, ReasonAgreement.CANNOT_JUDGE, "stated " + stated + "; the calls show " + seen + " either way");
    }

    /** For money reasons, a buyer asking how to justify the spend shows money existed for a justified case. */
    private static String justificationNote(String normalized, DealEvidence evidence) {
        boolean moneyReason = ReasonNormalizer.BUDGET.equals(normalized) || ReasonNormalizer.PRICE.equals(normalized);
        return moneyReason && !evidence.signals(SignalType.JUSTIFICATION_ASK).isEmpty()
                ? "; the buyer asked how to justify the spend, so money was there for a case that held up" : "";
    }

    private static boolean competitorMentioned(DealEvidence evidence) {
        List<Signal> mentions = evidence.signals(SignalType.COMPETITOR_MENTION);
        String lostTo = evidence.deal().competitor();
        return lostTo == null || lostTo.isBlank() ? !mentions.isEmpty()
                : mentions.stream().anyMatch(m -> m.label().equalsIgnoreCase(lostTo.strip()));
    }

    private static String join(List<CauseCode> causes) {
        return causes.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static ReasonCheck result(String normalized, ReasonAgreement agreement, String why) {
        return new ReasonCheck(normalized, agreement.name(), why);
    }
}
