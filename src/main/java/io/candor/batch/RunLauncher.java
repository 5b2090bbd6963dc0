package io.candor.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts or resumes the nightly job. Typing the same command again after a completed run starts a
 * new run (the sequence parameter advances; unchanged transcripts are skipped, so it is quick);
 * after a failed or killed run of the same corpus, output and run date, it resumes that run, and
 * committed work is not redone. The caller holds the {@link RunLock}, so an execution the repository
 * still shows as running is known to be a dead process's and is recovered first.
 */
public class RunLauncher {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RunContext run;

    public RunLauncher(JobOperator operator, JobRepository repository, Job job, RunContext run) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.run = run;
    }

    public RunOutcome launch(RunRequest request) throws Exception {
        run.begin(request);
        List<String> lines = new ArrayList<>();
        JobInstance last = repository.getLastJobInstance(JobNames.JOB);
        JobExecution previous = last == null ? null : repository.getLastJobExecution(last);
        if (previous != null && previous.getStatus().isRunning()) {
            lines.add("Execution " + previous.getId() + " was left " + previous.getStatus()
                    + " by a process that is gone; marking it failed so it can resume.");
            previous = operator.recover(previous);
        }
        JobExecution execution;
        boolean resumed = previous != null && isResumable(previous.getStatus()) && sameRun(previous.getJobParameters(), request);
        if (resumed) {
            lines.add("Resuming run " + previous.getJobInstance().getInstanceId() + " (execution " + previous.getId()
                    + " ended " + previous.getStatus() + "); committed work is kept.");
            execution = operator.restart(previous);
        } else {
            long seq = last == null ? 1 : last.getInstanceId() + 1;
            execution = operator.start(job, parameters(request, seq));
        }
        return new RunOutcome(exitCode(execution), execution.getId(), execution.getExitStatus().getExitCode(), resumed, lines,
                execution.getAllFailureExceptions().stream().findFirst().map(RunLauncher::oneLine).orElse(null));
    }

    static JobParameters parameters(RunRequest r, long seq) {
        return new JobParametersBuilder()
                .addString(JobNames.PARAM_CORPUS, r.corpus().toString())
                .addString(JobNames.PARAM_OUT, r.out().toString())
                .addLocalDate(JobNames.PARAM_RUN_DATE, r.runDate())
                .addLong(JobNames.PARAM_SEQ, seq)
                .toJobParameters();
    }

    private static boolean isResumable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    private static boolean sameRun(JobParameters p, RunRequest r) {
        LocalDate date = p.getLocalDate(JobNames.PARAM_RUN_DATE);
        return r.corpus().toString().equals(p.getString(JobNames.PARAM_CORPUS))
                && r.out().toString().equals(p.getString(JobNames.PARAM_OUT))
                && r.runDate().equals(date);
    }

    /** The innermost cause's message: "out/deals: Not a directory", not a wrapper's. */
    static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    static int exitCode(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return RunOutcome.FAILED;
        }
        ExitStatus exit = execution.getExitStatus();
        return JobNames.COMPLETED_WITH_PROBLEMS.equals(exit.getExitCode()) ? RunOutcome.COMPLETED_WITH_PROBLEMS : RunOutcome.OK;
    }
}
