package io.candor.cli;

import io.candor.batch.BatchApplication;
import io.candor.batch.JobNames;
import io.candor.batch.RunIds;
import io.candor.batch.ReportRun;
import io.candor.batch.RunLock;
import io.candor.config.ConfigLoader;
import io.candor.store.CandorStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `candor report`: re-renders every report from the database, without re-analysing anything. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Re-renders the reports from the database (after a template or threshold-free change), without re-analysing.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Where reports are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "The corpus whose candor.yml the reports quote thresholds from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Mixin
    DataOption data;

    @Option(names = "--report-url", paramLabel = "URL", description = "Where the reports will be served: crm-writeback.csv links to them.")
    String reportUrl;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data.data)) {
            System.err.println("candor report: no data folder at " + data.data + "; run `./candor run` first.");
            return ExitCodes.USAGE;
        }
        var lock = RunLock.tryAcquire(data.data);
        if (lock.isEmpty()) {
            System.err.println("candor report: a run is in progress on " + data.data + "; try again when it finishes.");
            return ExitCodes.FAILED;
        }
        try (var held = lock.get(); var ctx = BatchApplication.start(data.data)) {
            var written = ReportRun.render(ctx.getBean(CandorStore.class), out.toAbsolutePath().normalize(), data.data,
                    lastRunId(ctx.getBean(JobRepository.class)), corpus.toAbsolutePath().normalize().getFileName().toString(),
                    ConfigLoader.forCorpus(corpus), reportUrl);
            System.out.printf("Rendered %d deal reports and %d coaching reports into %s%n", written.deals(), written.reps(), out);
            return ExitCodes.OK;
        }
    }

    /** A re-render belongs to the last run: its "since the previous run" still compares with the run before. */
    private static String lastRunId(JobRepository repository) {
        var instance = repository.getLastJobInstance(JobNames.JOB);
        if (instance == null) {
            return "no run yet";
        }
        var execution = repository.getLastJobExecution(instance);
        return RunIds.of(instance.getInstanceId(), execution == null ? null : execution.getJobParameters().getLocalDate(JobNames.PARAM_RUN_DATE));
    }
}
