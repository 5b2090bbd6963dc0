package io.candor.batch;

import io.candor.domain.Call;
import io.candor.domain.Deal;

/** A stored call whose current content has not been analysed, with its deal for context. */
public record CallToAnalyze(Deal deal, Call call) {
}
