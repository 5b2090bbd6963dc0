package io.candor.scoring;

import io.candor.domain.CauseCode;
import io.candor.domain.Finding;
import java.util.Optional;

/**
 * One cause code's test. A rule is pure (no I/O, no state between deals) and fires at most once per
 * deal; when it fires, its finding says the measured figure, the threshold and where it comes from,
 * and quotes the most telling evidence.
 */
public interface CauseRule {

    CauseCode cause();

    Optional<Finding> evaluate(DealEvidence evidence);
}
