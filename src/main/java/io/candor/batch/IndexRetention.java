package io.candor.batch;

import io.candor.index.TurnIndex;
import io.candor.store.CandorStore;
import java.util.HashSet;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Before analysing, drops from the search index every call and deal the store no longer has. */
public class IndexRetention implements StepExecutionListener {

    private final CandorStore store;
    private final TurnIndex index;

    public IndexRetention(CandorStore store, TurnIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        index.retainDeals(new HashSet<>(store.dealIds()));
        index.retainCalls(new HashSet<>(store.callIds()));
        index.commit();
    }
}
