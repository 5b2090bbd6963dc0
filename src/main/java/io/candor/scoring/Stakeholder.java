package io.candor.scoring;

import io.candor.domain.Side;
import java.util.List;

/**
 * One person (or role, where no name was said) of a deal: who spoke, who was only talked about.
 *
 * @param calls       ids of the calls this person spoke on, in date order; empty = never joined
 * @param mentions    how often others named them (or their role)
 * @param stances     detractor labels said about them: prefers_competitor, opposes, doubts
 * @param competitors competitors they were said to prefer
 */
public record Stakeholder(
        String name,
        String email,
        Side side,
        String title,
        List<String> calls,
        int words,
        int mentions,
        List<String> stances,
        List<String> competitors) {

    public Stakeholder {
        calls = List.copyOf(calls);
        stances = List.copyOf(stances);
        competitors = List.copyOf(competitors);
    }

    public boolean spoke() {
        return !calls.isEmpty();
    }

    public boolean detractor() {
        return !stances.isEmpty();
    }
}
