package io.candor.batch;

import io.candor.scoring.DealEvidence;
import io.candor.store.CandorStore;
import io.candor.store.StoredEvidence;
import java.util.Iterator;
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
                return StoredEvidence.load(store, deal.get().dealId()).orElseThrow();
            }
        }
        return null;
    }

    @Override
    public void close() {
        dealIds = null;
    }
}
