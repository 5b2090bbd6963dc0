package io.candor.batch;

import io.candor.store.CandorStore;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The report step: every file is written atomically and rendered from the database, so this step is
 * always safe to run again (it also runs again on a restart, even when it completed before).
 */
public class ReportTasklet implements Tasklet {

    private final CandorStore store;
    private final RunContext run;

    public ReportTasklet(CandorStore store, RunContext run) {
        this.store = store;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var request = run.request();
        String runId = RunIds.of(chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId(),
                request.runDate());
        var written = ReportRun.render(store, request.out(), request.data(), runId, request.corpus().getFileName().toString(), run.config(),
                request.reportBaseUrl());
        contribution.incrementWriteCount(written.deals());
        return RepeatStatus.FINISHED;
    }
}
