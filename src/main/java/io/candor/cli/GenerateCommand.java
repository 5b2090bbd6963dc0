package io.candor.cli;

import io.candor.generate.CorpusGenerator;
import io.candor.generate.CorpusWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code candor generate}: writes a deterministic synthetic corpus of lost deals, for demos, tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic corpus of lost deals (deals.csv, calls.csv, participants.csv, candor.yml,",
                "transcripts in all nine formats). The same --seed always gives the same files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:could not write", "2:bad option or the folder already holds a corpus"})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--deals", paramLabel = "N", defaultValue = "50", description = "Number of deals (default ${DEFAULT-VALUE}).")
    int deals;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the corpus into.")
    Path out;

    @Option(names = "--force", description = "Replace a corpus already in --out.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (deals < 1 || deals > 1_000_000) {
            err.println("candor generate: --deals must be 1..1000000, got " + deals);
            return 2;
        }
        if (Files.exists(out.resolve("deals.csv")) && !force) {
            err.println("candor generate: " + out + " already holds a corpus (deals.csv); use --force to replace it");
            return 2;
        }
        try {
            if (force) {
                deleteRecursively(out.resolve("transcripts"));
            }
            var summary = new CorpusWriter(new CorpusGenerator(seed)).write(deals, out);
            spec.commandLine().getOut().printf("Wrote %d deals, %d calls, %d turns to %s (seed %d)%n",
                    summary.deals(), summary.calls(), summary.turns(), out, seed);
            return 0;
        } catch (IOException e) {
            err.println("candor generate: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
