package io.candor.batch;

import io.candor.index.TurnIndex;
import io.candor.store.CandorStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each deal's assessment and refreshes the deal fields (verdict, causes) on its turns in the
 * search index, so coaches can filter by cause. Both writes are keyed by id: a replay replaces.
 */
public class AssessmentWriter implements ItemWriter<ScoredDeal> {

    private final CandorStore store;
    private final TurnIndex index;

    public AssessmentWriter(CandorStore store, TurnIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public void write(Chunk<? extends ScoredDeal> chunk) throws Exception {
        for (ScoredDeal d : chunk) {
            var evidence = d.evidence();
            for (var call : evidence.calls()) {
                var signals = evidence.signals().stream().filter(s -> s.callId().equals(call.callId())).toList();
                index.indexCall(evidence.deal(), call, signals, d.assessment());
            }
            store.saveAssessment(d.assessment());
        }
        index.commit();
    }
}
