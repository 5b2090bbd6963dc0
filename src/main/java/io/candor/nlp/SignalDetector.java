package io.candor.nlp;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Signal;
import java.util.List;

/** One family of per-turn signals (questions, detractors, dates...). Implementations are thread-safe. */
public interface SignalDetector {

    List<Signal> detect(Deal deal, Call call, CandorConfig config);
}
