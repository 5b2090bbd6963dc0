package io.candor.batch;

import io.candor.store.CandorStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** A run that completed but reported inputs as problems says so in its exit status (and exit code 3). */
public class ProblemsExitStatusListener implements JobExecutionListener {

    private final CandorStore store;

    public ProblemsExitStatusListener(CandorStore store) {
        this.store = store;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        int problems = jobExecution.getStatus() == BatchStatus.COMPLETED ? store.problems(CandorStore.PROBLEM).size() : 0;
        if (problems > 0) {
            jobExecution.setExitStatus(new ExitStatus(JobNames.COMPLETED_WITH_PROBLEMS, problems + " input(s) reported as problems"));
        }
    }
}
