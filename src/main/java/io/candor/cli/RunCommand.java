package io.candor.cli;

import io.candor.batch.BatchApplication;
import io.candor.batch.RunLauncher;
import io.candor.batch.RunLock;
import io.candor.batch.RunOutcome;
import io.candor.batch.RunRequest;
import io.candor.batch.RunSummary;
import io.candor.config.ConfigException;
import io.candor.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `candor run`: the nightly job over a corpus. Resumes a failed or killed run when typed again. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the nightly job lossAnalysis (ingest, analyze, score, report) over a corpus.",
                "Typing it again after a completed run starts a new run that skips unchanged transcripts;",
                "after a failed or killed run it resumes that run."},
        footer = {"", "Exit codes: 0 completed, 3 completed with problems (listed), 1 failed, 2 usage error."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "Corpus folder (deals.csv, transcripts/...; default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
            description = "Where reports are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    DataOption data;

    @Option(names = "--run-date", paramLabel = "yyyy-MM-dd",
            description = "The run's business date (default: today). Part of the run's identity.")
    LocalDate runDate;

    @Option(names = "--report-url", paramLabel = "URL",
            description = "Where the reports will be served (e.g. https://candor.example.com/reports): crm-writeback.csv links to them.")
    String reportUrl;

    @Override
    public Integer call() throws Exception {
        if (reportUrl != null && !reportUrl.matches("(?i)https?://\\S+")) {
            System.err.println("candor run: --report-url must be an http(s) URL, got '" + reportUrl + "'");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(corpus) || !Files.isRegularFile(corpus.resolve("deals.csv"))) {
            System.err.println("candor run: " + corpus + " is not a corpus: expected a folder with deals.csv"
                    + " (see docs/corpus-format.md)");
            return ExitCodes.USAGE;
        }
        try {
            ConfigLoader.forCorpus(corpus);
        } catch (ConfigException e) {
            System.err.println("candor run: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        var lock = RunLock.tryAcquire(data.data);
        if (lock.isEmpty()) {
            System.err.println("candor run: another run is in progress on " + data.data.toAbsolutePath().normalize()
                    + " (lock " + RunLock.FILE_NAME + " is held); refusing to start a second one.");
            return ExitCodes.FAILED;
        }
        RunRequest request = new RunRequest(corpus, out, data.data, runDate == null ? LocalDate.now() : runDate, reportUrl);
        long started = System.nanoTime();
        try (var held = lock.get(); var ctx = BatchApplication.start(data.data)) {
            RunOutcome outcome = ctx.getBean(RunLauncher.class).launch(request);
            outcome.lines().forEach(System.out::println);
            ctx.getBean(RunSummary.class).print(System.out, outcome, request, System.nanoTime() - started);
            return outcome.exitCode();
        }
    }
}
