package io.candor.cli;

import io.candor.generate.CorpusGenerator;
import io.candor.generate.GeneratedCall;
import io.candor.generate.GeneratedDeal;
import io.candor.index.TurnIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Fills a turn index from the generator's in-memory deals (no files, no CoreNLP: the planted
 * signals stand in for the detectors'), the way the batch step does: one TurnIndex shared by the
 * worker threads, commit at the end.
 */
final class BenchmarkIndexBuild {

    /** What the build measured. */
    record Figures(long turns, int deals, double wallSeconds, double indexCallSeconds, long bytesOnDisk, int segments) {
        double turnsPerSecond() {
            return turns / wallSeconds;
        }

    }

    private BenchmarkIndexBuild() {
    }

    static Figures run(Path dir, long targetTurns, long seed, int threads) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(seed);
        AtomicInteger nextDeal = new AtomicInteger();
        AtomicLong turns = new AtomicLong();
        AtomicLong indexNanos = new AtomicLong();
        AtomicInteger deals = new AtomicInteger();
        long start = System.nanoTime();
        try (TurnIndex index = TurnIndex.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (turns.get() < targetTurns) {
                        GeneratedDeal deal = generator.deal(nextDeal.getAndIncrement());
                        long before = System.nanoTime();
                        for (GeneratedCall call : deal.calls()) {
                            index.indexCall(deal.deal(), call.call(), call.signals(), deal.plannedAssessment());
                        }
                        indexNanos.addAndGet(System.nanoTime() - before);
                        turns.addAndGet(deal.turnCount());
                        deals.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
            long before = System.nanoTime();
            index.commit();
            indexNanos.addAndGet(System.nanoTime() - before);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Figures(turns.get(), deals.get(), wall, indexNanos.get() / 1e9, sizeOnDisk(dir), segments(dir));
    }

    static long sizeOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    private static int segments(Path dir) throws IOException {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }
}
