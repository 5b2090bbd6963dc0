package io.candor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code candor benchmark}: builds a turn index of a million synthetic turns and measures indexing
 * throughput, size on disk and query latency against bare Lucene on the same index.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Index N synthetic turns, then time 1,000 queries of each kind (term, phrase, filtered+faceted),",
                "each with highlighting, through Candor's searcher and through bare Lucene on the same index."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured, goals met", "1:measured, a goal missed, or failed", "2:bad option"})
public final class BenchmarkCommand implements Callable<Integer> {

    /** Goals from the issue: p99 under 50 ms for every kind, Candor p50 within 1.5x bare Lucene for term and phrase. */
    static final double P99_GOAL_MS = 50;
    static final double P50_RATIO_GOAL = 1.5;

    @Spec
    CommandSpec spec;

    @Option(names = "--turns", paramLabel = "N", defaultValue = "1000000", description = "Turns to index (default ${DEFAULT-VALUE}).")
    long turns;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Measured queries per kind (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "500", description = "Unmeasured queries per kind first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Indexing threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Corpus and query seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "Index folder (default: a temporary folder, deleted afterwards).")
    Path dir;

    @Option(names = "--reuse", description = "Measure queries on the index already in --dir instead of building one.")
    boolean reuse;

    /** Runs the benchmark on its own: {@code java -Xmx2g -cp ... io.candor.cli.BenchmarkCommand [options]}. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (turns < 1 || queries < 1 || warmup < 0 || threads < 1) {
            spec.commandLine().getErr().println("candor benchmark: --turns, --queries and --threads must be positive, --warmup >= 0");
            return 2;
        }
        boolean temporary = dir == null;
        Path indexDir = temporary ? Files.createTempDirectory("candor-benchmark") : dir;
        try {
            if (!reuse) {
                if (!temporary && Files.isDirectory(indexDir) && !isEmpty(indexDir)) {
                    spec.commandLine().getErr().println("candor benchmark: " + indexDir + " is not empty; use --reuse to measure the index in it");
                    return 2;
                }
                out.printf(Locale.ROOT, "Indexing %,d synthetic turns (seed %d, %d threads) into %s ...%n", turns, seed, threads, indexDir);
                out.flush();
                printBuild(out, BenchmarkIndexBuild.run(indexDir, turns, seed, threads));
            } else {
                out.printf(Locale.ROOT, "Reusing the index in %s (%s on disk)%n", indexDir, mb(BenchmarkIndexBuild.sizeOnDisk(indexDir)));
            }
            out.printf(Locale.ROOT, "%nQueries: %,d measured per kind after %,d warm-up, top 10 with highlighted snippets%n", queries, warmup);
            out.flush();
            List<BenchmarkQueryRun.Result> results = BenchmarkQueryRun.run(indexDir, queries, warmup, seed);
            return printQueries(out, results) ? 0 : 1;
        } finally {
            if (temporary) {
                deleteRecursively(indexDir);
            }
        }
    }

    private static void printBuild(PrintWriter out, BenchmarkIndexBuild.Figures f) {
        out.printf(Locale.ROOT, "  indexed        %,d turns of %,d deals in %.1f s: %,.0f turns/s (synthetic text generation included)%n",
                f.turns(), f.deals(), f.wallSeconds(), f.turnsPerSecond());
        out.printf(Locale.ROOT, "  indexCall only %,.0f turns/s per thread (time inside TurnIndex.indexCall and commit)%n",
                f.turns() / f.indexCallSeconds());
        out.printf(Locale.ROOT, "  on disk        %s (%,d bytes/turn), %d segments%n", mb(f.bytesOnDisk()), f.bytesOnDisk() / f.turns(), f.segments());
    }

    private static boolean printQueries(PrintWriter out, List<BenchmarkQueryRun.Result> results) {
        out.printf("  %-17s %10s %10s %10s %10s %12s %10s%n", "kind", "candor p50", "candor p99", "bare p50", "bare p99", "p50 ratio", "mean hits");
        boolean ok = true;
        for (BenchmarkQueryRun.Result r : results) {
            out.printf(Locale.ROOT, "  %-17s %8.2f ms %8.2f ms %8.2f ms %8.2f ms %11.2fx %,10.0f%n", r.kind().name().toLowerCase(Locale.ROOT),
                    r.candor().p50(), r.candor().p99(), r.bare().p50(), r.bare().p99(), r.ratioP50(), r.meanTotalHits());
            ok &= r.candor().p99() < P99_GOAL_MS;
            if (r.kind() != BenchmarkQueryRun.Kind.FILTERED_FACETED) {
                ok &= r.ratioP50() <= P50_RATIO_GOAL;
            }
        }
        out.printf(Locale.ROOT, "Goals: p99 < %.0f ms for every kind; candor p50 <= %.1fx bare for term and phrase: %s%n",
                P99_GOAL_MS, P50_RATIO_GOAL, ok ? "MET" : "MISSED");
        out.println("(bare = classic QueryParser + top 10 + UnifiedHighlighter; for filtered+faceted it runs the query without filters or facets)");
        return ok;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
