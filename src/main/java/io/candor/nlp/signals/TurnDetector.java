package io.candor.nlp.signals;

import io.candor.domain.Signal;
import java.util.List;

/** One capability that reads an annotated turn and says what it saw. Implementations are stateless and thread-safe. */
public interface TurnDetector {

    List<Signal> detect(AnnotatedTurn turn, CallContext context);
}
