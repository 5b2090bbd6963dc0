package io.candor.batch;

import io.candor.metrics.CallMetrics;
import io.candor.scoring.DealEvidence;
import io.candor.store.CandorStore;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** Loads each deal's calls, metrics and signals from the store, one deal at a time. */
public class DealEvidenceReader implements ItemStreamReader<DealEvidence> {

    private final CandorStore store;
    private Iterator<String> dealIds;

    public DealEvidenceReader(CandorStore store) {
        this.store = store;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        dealIds = store.dealIds().iterator();
    }

    @Override
    public synchronized DealEvidence read() {
        while (dealIds != null && dealIds.hasNext()) {
            var deal = store.deal(dealIds.next());
            if (deal.isPresent()) {
                return load(store, deal.get().dealId());
            }
        }
        return null;
    }

    /** The evidence of one deal as stored; shared with the report step. */
    static DealEvidence load(CandorStore store, String dealId) {
        var deal = store.deal(dealId).orElseThrow();
        var calls = store.callsOfDeal(dealId);
        Map<String, CallMetrics> metrics = new LinkedHashMap<>();
        var signals = new java.util.ArrayList<io.candor.domain.Signal>();
        for (var call : calls) {
            store.metrics(call.callId()).ifPresent(m -> metrics.put(call.callId(), m));
            signals.addAll(store.signals(call.callId()));
        }
        return new DealEvidence(deal, calls, metrics, List.copyOf(signals));
    }

    @Override
    public void close() {
        dealIds = null;
    }
}
