package io.candor.cli;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Turn;
import io.candor.nlp.CallAnalyzer;
import io.candor.nlp.SignalDetector;
import io.candor.scoring.eval.CorpusAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `candor benchmark-analyze`: how fast the analyze step's CoreNLP work runs on real calls, per
 * detector family on one thread, and the whole analyzer on 1 and N threads side by side (one run,
 * so the ratio holds on a noisy machine).
 */
@Command(name = "benchmark-analyze", mixinStandardHelpOptions = true,
        description = "Measures analyze throughput (words/s) on a corpus: per detector on one thread, all detectors on 1 and N threads.")
final class AnalyzeBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR", description = "Corpus to read calls from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--calls", defaultValue = "24", description = "How many calls to measure on (default: ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for the parallel pass (default: ${DEFAULT-VALUE}).")
    int threads;

    private record Sample(Deal deal, Call call) {
    }

    @Override
    public Integer call() throws Exception {
        // Reading the corpus is the job's own ingest, in memory (no detectors yet).
        var read = new CorpusAnalysis(new CallAnalyzer(List.of()), threads).run(corpus);
        CandorConfig config = read.corpus().config();
        List<Sample> samples = read.evidence().values().stream()
                .flatMap(e -> e.calls().stream().map(c -> new Sample(e.deal(), c)))
                .limit(calls).toList();
        long words = samples.stream().mapToLong(s -> s.call().turns().stream().mapToInt(Turn::wordCount).sum()).sum();
        System.out.printf("Analyze benchmark: %d calls, %,d words from %s%n", samples.size(), words, corpus);

        long t0 = System.nanoTime();
        SignalDetector questionDetector = CallAnalyzer.questions();
        SignalDetector signalDetector = CallAnalyzer.signals();
        CallAnalyzer all = new CallAnalyzer(List.of(questionDetector, signalDetector));
        run(samples.subList(0, 1), all, config, 1);
        System.out.printf("  model loading and first call   %6.1f s%n", (System.nanoTime() - t0) / 1e9);
        // Warm-up: JIT and CoreNLP's lazy caches, so the passes below compare like with like.
        run(samples, all, config, threads);

        for (var pass : List.of(Map.entry("questions + discovery (pos)", questionDetector), Map.entry("signals (ner + SUTime)", signalDetector))) {
            double s = run(samples, new CallAnalyzer(List.of(pass.getValue())), config, 1);
            System.out.printf("  %-30s %,8.0f words/s (1 thread)%n", pass.getKey(), words / s);
        }
        double one = run(samples, all, config, 1);
        double many = run(samples, all, config, threads);
        System.out.printf("  %-30s %,8.0f words/s (1 thread), %,.0f words/s (%d threads): %.2fx%n",
                "whole analyzer", words / one, words / many, threads, one / many);
        System.out.printf("  at that rate a nightly run of 10,000 calls of %,d words analyses in %.1f h%n",
                words / samples.size(), 10_000.0 * words / samples.size() / (words / many) / 3600);
        return ExitCodes.OK;
    }

    /** Seconds to analyse every sample on a pool of the given size. */
    private static double run(List<Sample> samples, CallAnalyzer analyzer, CandorConfig config, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (Sample s : samples) {
                done.add(pool.submit(() -> analyzer.analyze(s.deal(), s.call(), config)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }
}
