package io.candor.batch;

import io.candor.domain.Deal;
import io.candor.domain.IngestProblem;
import io.candor.ingest.CallAssembler;
import io.candor.ingest.CallRef;
import io.candor.ingest.Corpus;
import io.candor.ingest.CorpusReader;
import io.candor.store.CandorStore;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Opens the ingest step: reads the corpus's CSVs, stores the deals and the row-level problems, and
 * hands the list of calls to the transcript reader. Closes it by dropping calls and deals that left
 * the corpus (a call whose file turned bad stays listed, so its earlier analysis is kept).
 */
public class CorpusCatalog implements StepExecutionListener {

    private final CandorStore store;
    private final RunContext run;
    private volatile Corpus corpus;
    private volatile Map<String, Deal> dealsById;
    private volatile CallAssembler assembler;

    public CorpusCatalog(CandorStore store, RunContext run) {
        this.store = store;
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Corpus c = new CorpusReader().read(run.request().corpus());
        store.clearProblems();
        c.problems().forEach(p -> store.addProblem(CandorStore.PROBLEM, p));
        c.skipped().forEach(s -> store.addProblem(CandorStore.SKIPPED,
                new IngestProblem("deals.csv", null, s.dealId(), "skipped: stage '" + s.stage() + "' is not closed-lost")));
        store.retainDeals(c.deals().stream().map(Deal::dealId).collect(Collectors.toSet()));
        c.deals().forEach(store::saveDeal);
        this.dealsById = c.deals().stream().collect(Collectors.toMap(Deal::dealId, Function.identity(), (a, b) -> a));
        this.assembler = new CallAssembler(c.config(), c.participants());
        this.corpus = c;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus().isUnsuccessful()) {
            return null;
        }
        Set<String> listed = new HashSet<>();
        corpus.calls().forEach(ref -> listed.add(ref.callId()));
        store.retainCalls(listed);
        return null;
    }

    public List<CallRef> calls() {
        return corpus().calls();
    }

    public Deal deal(String dealId) {
        return dealsById.get(dealId);
    }

    /** Side resolution for this corpus, built once per ingest (it indexes every participants.csv row). */
    public CallAssembler assembler() {
        corpus();
        return assembler;
    }

    private Corpus corpus() {
        if (corpus == null) {
            throw new IllegalStateException("the corpus is read when the ingest step starts");
        }
        return corpus;
    }
}
