package io.candor.batch;

import io.candor.store.CandorStore;
import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one partition's pending calls from the store, one call at a time (bounded memory). One
 * instance per partition (step scope). Nothing to save for restart: what is still pending is the state.
 */
public class PendingCallReader implements ItemStreamReader<CallToAnalyze> {

    private final CandorStore store;
    private final int partition;
    private final int grid;
    private Iterator<String> ids;

    public PendingCallReader(CandorStore store, int partition, int grid) {
        this.store = store;
        this.partition = partition;
        this.grid = Math.max(1, grid);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        ids = store.pendingCallIds().stream()
                .filter(id -> PendingCallPartitioner.belongs(id, partition, grid)).iterator();
    }

    @Override
    public CallToAnalyze read() {
        while (ids != null && ids.hasNext()) {
            var call = store.call(ids.next());
            var deal = call.flatMap(c -> store.deal(c.dealId()));
            if (deal.isPresent()) {
                return new CallToAnalyze(deal.get(), call.get());
            }
        }
        return null;
    }

    @Override
    public void close() {
        ids = null;
    }
}
