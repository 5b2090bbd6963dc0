package io.candor.scoring;

import io.candor.config.CandorConfig;
import io.candor.domain.CauseCode;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * EXTERNAL_BUDGET, EXTERNAL_ORG_CHANGE or EXTERNAL_PRIORITY (one instance per code): the buyer
 * plainly said the loss came from outside the deal. A seller saying it does not count: it would be
 * the rep's reading, not the buyer's word. A postponement said in the same call after the buyer's news
 * of a budget cut or an org change is that news's consequence ({@link ExternalNews}), not a cause of its own.
 */
final class ExternalCauseRule implements CauseRule {

    private final CauseCode cause;
    private final String label;
    private final String what;
    private final double statementsMin;
    /** Causes whose news, said earlier in the same call, this one is the consequence of (then it is not counted apart). */
    private final Set<String> rootCauses;

    private ExternalCauseRule(CauseCode cause, String label, String what, Set<String> rootCauses, CandorConfig config) {
        this.cause = cause;
        this.rootCauses = rootCauses;
        this.label = label;
        this.what = what;
        this.statementsMin = config.threshold("external-statements-min");
    }

    static List<CauseRule> all(CandorConfig config) {
        return List.of(
                new ExternalCauseRule(CauseCode.EXTERNAL_BUDGET, SignalLabels.EXTERNAL_BUDGET,
                        "the budget was cut or frozen for reasons outside the deal", Set.of(), config),
                new ExternalCauseRule(CauseCode.EXTERNAL_ORG_CHANGE, SignalLabels.EXTERNAL_ORG_CHANGE,
                        "an acquisition, reorganisation or leadership change overtook the project", Set.of(), config),
                new ExternalCauseRule(CauseCode.EXTERNAL_PRIORITY, SignalLabels.EXTERNAL_PRIORITY,
                        "their business cancelled or postponed the project",
                        // "all new vendor contracts on hold" after "we have a new CEO": a postponement always has a reason;
                        // when the buyer just gave it as a budget cut or an org change, that is the cause.
                        Set.of(SignalLabels.EXTERNAL_BUDGET, SignalLabels.EXTERNAL_ORG_CHANGE), config));
    }

    @Override
    public CauseCode cause() {
        return cause;
    }

    @Override
    public Optional<Finding> evaluate(DealEvidence evidence) {
        List<Signal> statements = evidence.signals(SignalType.EXTERNAL_CAUSE).stream()
                .filter(s -> label.equals(s.label()) && evidence.sideOf(s) != Side.SELLER && evidence.turn(s).isPresent())
                .filter(s -> rootCauses.isEmpty() || !ExternalNews.follows(evidence, s, rootCauses))
                .toList();
        if (statements.isEmpty() || statements.size() < statementsMin) {
            return Optional.empty();
        }
        Signal first = statements.stream()
                .min(Comparator.comparingInt((Signal s) -> evidence.position(s.callId())).thenComparingInt(Signal::turnIndex))
                .orElseThrow();
        // The latest statement is the most final ("the board froze it"), so it leads the quotes.
        List<Evidence> quotes = statements.stream()
                .sorted(Comparator.comparingInt((Signal s) -> evidence.position(s.callId())).reversed()
                        .thenComparing(Comparator.comparingInt(Signal::turnIndex).reversed()))
                .map(s -> Quotes.of(evidence, s))
                .toList();
        String summary = "the buyer said " + what + " (" + Figures.count(statements.size(), "statement")
                + ", first in " + Figures.where(first.callId(), evidence.turn(first).orElseThrow().startMs()) + ")";
        String basis = statements.size() + " buyer statements against a minimum of " + Figures.decimal(statementsMin)
                + "; outside the rep's control, so it dilutes the fault score";
        double strength = Math.min(1, 0.7 + 0.15 * (statements.size() - 1));
        return Optional.of(new Finding(cause, summary, statements.size(), statementsMin, basis, strength, Quotes.distinct(quotes, 3)));
    }
}
