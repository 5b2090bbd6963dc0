package io.candor.cli;

import io.candor.batch.BatchApplication;
import io.candor.batch.JobNames;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `candor history`: the job history from the persistent job repository, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists past runs of the nightly job: status, exit status, start, duration, parameters.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Mixin
    DataOption data;

    @Option(names = "--limit", defaultValue = "20", description = "How many runs to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(data.data)) {
            System.err.println("candor history: no data folder at " + data.data + "; run `./candor run` first.");
            return ExitCodes.USAGE;
        }
        try (var ctx = BatchApplication.start(data.data)) {
            JobRepository repo = ctx.getBean(JobRepository.class);
            System.out.printf("%-5s %-5s %-10s %-12s %-24s %-19s %9s  %s%n",
                    "run", "exec", "run-date", "status", "exit", "started", "took", "corpus");
            for (var instance : repo.getJobInstances(JobNames.JOB, 0, limit)) {
                for (JobExecution e : repo.getJobExecutions(instance)) {
                    var p = e.getJobParameters();
                    System.out.printf("%-5d %-5d %-10s %-12s %-24s %-19s %9s  %s%n",
                            instance.getInstanceId(), e.getId(), p.getLocalDate(JobNames.PARAM_RUN_DATE),
                            e.getStatus(), e.getExitStatus().getExitCode(),
                            e.getStartTime() == null ? "-" : WHEN.format(e.getStartTime()),
                            e.getStartTime() == null || e.getEndTime() == null ? "-"
                                    : Duration.between(e.getStartTime(), e.getEndTime()).toSeconds() + "s",
                            p.getString(JobNames.PARAM_CORPUS));
                }
            }
        }
        return ExitCodes.OK;
    }
}
