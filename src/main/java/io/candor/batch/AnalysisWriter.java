package io.candor.batch;

import io.candor.index.TurnIndex;
import io.candor.nlp.AnalyzedCall;
import io.candor.store.CandorStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk's metrics and signals and indexes its turns. The index is committed before the
 * database transaction: if the process dies between the two, the calls are still pending and the
 * rerun re-indexes them by turn id, which replaces rather than duplicates.
 */
public class AnalysisWriter implements ItemWriter<AnalyzedCall> {

    private final CandorStore store;
    private final TurnIndex index;

    public AnalysisWriter(CandorStore store, TurnIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public void write(Chunk<? extends AnalyzedCall> chunk) throws Exception {
        for (AnalyzedCall a : chunk) {
            var deal = store.deal(a.call().dealId()).orElseThrow();
            index.indexCall(deal, a.call(), a.signals(), store.assessment(deal.dealId()).orElse(null));
            store.saveAnalysis(a.call().callId(), a.call().contentHash(), a.metrics(), a.signals());
        }
        index.commit();
    }
}
