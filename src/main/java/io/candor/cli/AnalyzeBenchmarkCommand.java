package io.candor.cli;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Turn;
import io.candor.ingest.CallAssembler;
import io.candor.ingest.ContentHash;
import io.candor.ingest.Corpus;
import io.candor.ingest.CorpusReader;
import io.candor.ingest.TranscriptException;
import io.candor.ingest.TranscriptReader;
import io.candor.nlp.CallAnalyzer;
import io.candor.nlp.SignalDetector;
import io.candor.nlp.questions.DiscoveryTopics;
import io.candor.nlp.questions.QuestionClassifier;
import io.candor.nlp.questions.QuestionSignals;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
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
        Corpus c = new CorpusReader().read(corpus);
        CandorConfig config = c.config();
        List<Sample> samples = load(c);
        long words = samples.stream().mapToLong(s -> s.call().turns().stream().mapToInt(Turn::wordCount).sum()).sum();
        System.out.printf("Analyze benchmark: %d calls, %,d words from %s%n", samples.size(), words, corpus);

        long t0 = System.nanoTime();
        QuestionClassifier questions = new QuestionClassifier();
        SignalAnalyzer signals = new SignalAnalyzer();
        SignalDetector questionDetector = (deal, call, cfg) -> new QuestionSignals(questions, new DiscoveryTopics(cfg)).signals(call);
        SignalDetector signalDetector = signals::analyze;
        run(samples.subList(0, 1), new CallAnalyzer(List.of(questionDetector, signalDetector)), config, 1);
        System.out.printf("  model loading and first call   %6.1f s%n", (System.nanoTime() - t0) / 1e9);
        // Warm-up: JIT and CoreNLP's lazy caches, so the passes below compare like with like.
        run(samples, new CallAnalyzer(List.of(questionDetector, signalDetector)), config, threads);

        Map<String, CallAnalyzer> passes = Map.of(
                "questions + discovery (pos)", new CallAnalyzer(List.of(questionDetector)),
                "signals (ner + SUTime)", new CallAnalyzer(List.of(signalDetector)));
        for (var name : List.of("questions + discovery (pos)", "signals (ner + SUTime)")) {
            double s = run(samples, passes.get(name), config, 1);
            System.out.printf("  %-30s %,8.0f words/s (1 thread)%n", name, words / s);
        }
        CallAnalyzer all = new CallAnalyzer(List.of(questionDetector, signalDetector));
        double one = run(samples, all, config, 1);
        double many = run(samples, all, config, threads);
        System.out.printf("  %-30s %,8.0f words/s (1 thread), %,.0f words/s (%d threads): %.2fx%n",
                "whole analyzer", words / one, words / many, threads, one / many);
        System.out.printf("  at that rate a nightly run of 10,000 calls of %,d words analyses in %.1f h%n",
                words / samples.size(), 10_000.0 * words / samples.size() / (words / many) / 3600);
        return ExitCodes.OK;
    }

    private List<Sample> load(Corpus c) {
        var deals = c.deals().stream().collect(Collectors.toMap(Deal::dealId, d -> d));
        var assembler = new CallAssembler(c.config(), c.participants());
        var reader = new TranscriptReader();
        List<Sample> out = new ArrayList<>();
        for (var ref : c.calls()) {
            if (out.size() == calls) {
                break;
            }
            try {
                var call = assembler.assemble(deals.get(ref.dealId()), ref, reader.read(ref.transcript(), ref.relativePath(), ref.format()),
                        ContentHash.sha256(ref.transcript()));
                out.add(new Sample(deals.get(ref.dealId()), call));
            } catch (TranscriptException e) {
                System.err.println("skipped " + e.getMessage());
            }
        }
        return out;
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
