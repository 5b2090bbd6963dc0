package io.candor.batch;

import io.candor.domain.Verdict;
import io.candor.store.CandorStore;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** The few lines ops read after a run: what was done, what went wrong, where the reports are. */
public class RunSummary {

    private static final int MAX_PROBLEMS_SHOWN = 20;

    private final CandorStore store;
    private final JobRepository repository;

    public RunSummary(CandorStore store, JobRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    public void print(PrintStream out, RunOutcome outcome, RunRequest request, long elapsedNanos) {
        JobExecution execution = repository.getJobExecution(outcome.jobExecutionId());
        out.printf("Candor %s: run %d, execution %d, %s in %s%n", JobNames.JOB,
                execution.getJobInstance().getInstanceId(), execution.getId(), outcome.status(),
                human(Duration.ofNanos(elapsedNanos)));
        for (StepExecution s : execution.getStepExecutions()) {
            if (!s.getStepName().contains(":")) {
                out.printf("  %-8s %-9s read %d, written %d%n", s.getStepName(), s.getStatus(), s.getReadCount(), s.getWriteCount());
            }
        }
        Map<Verdict, Integer> verdicts = store.verdictCounts();
        out.printf("  deals %d, calls %d, turns %d, signals %d%n",
                store.dealIds().size(), store.callCount(), store.turnCount(), store.signalCount());
        if (!verdicts.isEmpty()) {
            out.print("  verdicts:");
            verdicts.forEach((v, n) -> out.print(" " + v + " " + n));
            out.println();
        }
        var skipped = store.problems(CandorStore.SKIPPED);
        if (!skipped.isEmpty()) {
            out.printf("  skipped %d deal row(s) that are not closed-lost%n", skipped.size());
        }
        var problems = store.problems(CandorStore.PROBLEM);
        if (!problems.isEmpty()) {
            out.printf("  problems %d (the rest of the run went on):%n", problems.size());
            problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> out.println("    " + p.describe()));
            if (problems.size() > MAX_PROBLEMS_SHOWN) {
                out.printf("    ... and %d more in %s%n", problems.size() - MAX_PROBLEMS_SHOWN, request.out().resolve("summary.json"));
            }
        }
        if (execution.getStatus().isUnsuccessful()) {
            if (outcome.failure() != null) {
                out.println("  failure: " + outcome.failure());
            }
            out.println("  Type the same command again to resume; committed work is kept.");
        } else {
            out.println("  reports: " + request.out().resolve("summary.html") + " , " + request.out().resolve("deals") + "/");
        }
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? (s / 60) + "m " + (s % 60) + "s" : String.format("%.1fs", d.toMillis() / 1000.0);
    }
}
