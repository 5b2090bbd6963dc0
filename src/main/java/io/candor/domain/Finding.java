package io.candor.domain;

import java.util.List;

/**
 * One cause found in a deal, with why it fired: the measured figure, the threshold it crossed and
 * where that threshold comes from, so a leader can disagree on the facts.
 *
 * @param strength 0..1, how far past the threshold the figure is
 */
public record Finding(
        CauseCode cause,
        String summary,
        double figure,
        double threshold,
        String basis,
        double strength,
        List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public FaultSide side() {
        return cause.side();
    }
}
