package io.candor.scoring.eval;

import io.candor.domain.Assessment;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.IngestProblem;
import io.candor.ingest.CallAssembler;
import io.candor.ingest.CallRef;
import io.candor.ingest.ContentHash;
import io.candor.ingest.Corpus;
import io.candor.ingest.CorpusReader;
import io.candor.ingest.TranscriptException;
import io.candor.ingest.TranscriptReader;
import io.candor.metrics.CallMetrics;
import io.candor.nlp.AnalyzedCall;
import io.candor.nlp.CallAnalyzer;
import io.candor.scoring.DealEvidence;
import io.candor.scoring.DealScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * The job's ingest, analyze and score steps in memory, without a database: for measuring accuracy
 * on a labeled corpus and for tuning detectors quickly. Same classes, same order, same results.
 */
public final class CorpusAnalysis {

    /** Per deal: what the scorer saw and concluded. */
    public record Result(Corpus corpus, Map<String, DealEvidence> evidence, Map<String, Assessment> assessments,
                         List<IngestProblem> problems) {
    }

    private final CallAnalyzer analyzer;
    private final int threads;

    public CorpusAnalysis(CallAnalyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    public Result run(Path corpusDir) {
        Corpus corpus = new CorpusReader().read(corpusDir);
        Map<String, Deal> deals = new LinkedHashMap<>();
        corpus.deals().forEach(d -> deals.put(d.dealId(), d));
        CallAssembler assembler = new CallAssembler(corpus.config(), corpus.participants());
        TranscriptReader reader = new TranscriptReader(TranscriptReader.DEFAULT_MAX_BYTES);
        List<IngestProblem> problems = new ArrayList<>(corpus.problems());
        List<AnalyzedCall> analyzed = new ArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Object> results = pool.submit(() -> corpus.calls().parallelStream()
                    .map(ref -> analyze(ref, deals.get(ref.dealId()), assembler, reader, corpus))
                    .toList()).join();
            for (Object r : results) {
                if (r instanceof AnalyzedCall a) {
                    analyzed.add(a);
                } else {
                    problems.add((IngestProblem) r);
                }
            }
        } finally {
            pool.shutdown();
        }
        Map<String, DealEvidence> evidence = new LinkedHashMap<>();
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        DealScorer scorer = new DealScorer(corpus.config());
        for (Deal deal : deals.values()) {
            List<AnalyzedCall> mine = analyzed.stream().filter(a -> a.call().dealId().equals(deal.dealId()))
                    .sorted(Comparator.comparing((AnalyzedCall a) -> a.call().startedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(a -> a.call().callId()))
                    .toList();
            Map<String, CallMetrics> metrics = new LinkedHashMap<>();
            mine.forEach(a -> metrics.put(a.call().callId(), a.metrics()));
            DealEvidence e = new DealEvidence(deal, mine.stream().map(AnalyzedCall::call).toList(), metrics,
                    mine.stream().flatMap(a -> a.signals().stream()).toList());
            evidence.put(deal.dealId(), e);
            assessments.put(deal.dealId(), scorer.score(e));
        }
        return new Result(corpus, evidence, assessments, problems);
    }

    private Object analyze(CallRef ref, Deal deal, CallAssembler assembler, TranscriptReader reader, Corpus corpus) {
        try {
            var parsed = reader.read(ref.transcript(), ref.relativePath(), ref.format());
            Call call = assembler.assemble(deal, ref, parsed, ContentHash.sha256(ref.transcript()));
            return analyzer.analyze(deal, call, corpus.config());
        } catch (TranscriptException e) {
            return new IngestProblem(e.file(), e.line(), ref.dealId(), e.reason());
        }
    }
}
