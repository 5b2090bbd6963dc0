package io.candor.generate;

import io.candor.domain.Assessment;
import io.candor.domain.CauseCode;
import io.candor.domain.Deal;
import java.util.List;
import java.util.Set;

/**
 * One synthetic lost deal with its calls, and the causes the generator built into its conversations
 * as a planned assessment (what a perfect scorer would find).
 */
public record GeneratedDeal(Deal deal, List<GeneratedCall> calls, Set<CauseCode> plannedCauses, Assessment plannedAssessment) {

    public GeneratedDeal {
        calls = List.copyOf(calls);
        plannedCauses = Set.copyOf(plannedCauses);
    }

    public int turnCount() {
        return calls.stream().mapToInt(c -> c.call().turns().size()).sum();
    }
}
