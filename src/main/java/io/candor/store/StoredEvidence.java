package io.candor.store;

import io.candor.domain.Signal;
import io.candor.metrics.CallMetrics;
import io.candor.scoring.DealEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One deal's evidence as stored: what the score step scores and the report step and the web app render. */
public final class StoredEvidence {

    private StoredEvidence() {
    }

    public static Optional<DealEvidence> load(CandorStore store, String dealId) {
        return store.deal(dealId).map(deal -> {
            var calls = store.callsOfDeal(dealId);
            Map<String, CallMetrics> metrics = new LinkedHashMap<>();
            List<Signal> signals = new ArrayList<>();
            for (var call : calls) {
                store.metrics(call.callId()).ifPresent(m -> metrics.put(call.callId(), m));
                signals.addAll(store.signals(call.callId()));
            }
            return new DealEvidence(deal, calls, metrics, signals);
        });
    }
}
