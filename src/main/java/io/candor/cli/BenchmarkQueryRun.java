package io.candor.cli;

import io.candor.generate.BenchmarkQueries;
import io.candor.index.SearchRequest;
import io.candor.index.SearchResult;
import io.candor.index.TurnSearcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Query latency of Candor's TurnSearcher against bare Lucene on the same index: classic
 * QueryParser, top 10, UnifiedHighlighter with defaults, nothing else. Each query runs on both,
 * in alternating order, so neither side benefits from the other's warm caches more than it pays.
 */
final class BenchmarkQueryRun {

    enum Kind { TERM, PHRASE, FILTERED_FACETED }

    /** Latency percentiles in milliseconds for one engine and one kind of query. */
    record Latency(double p50, double p99, double mean) {
        static Latency of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latency(at(sorted, 0.50), at(sorted, 0.99), Arrays.stream(sorted).average().orElse(0) / 1e6);
        }

        private static double at(long[] sorted, double q) {
            return sorted[(int) Math.round(q * (sorted.length - 1))] / 1e6;
        }
    }

    /** One kind's figures: Candor, bare Lucene, and how many hits the Candor queries averaged. */
    record Result(Kind kind, Latency candor, Latency bare, double meanTotalHits) {
        double ratioP50() {
            return candor.p50() / bare.p50();
        }
    }

    private final TurnSearcher candor;
    private final IndexSearcher bare;
    private final Analyzer bareAnalyzer = new EnglishAnalyzer(CharArraySet.EMPTY_SET);
    private final UnifiedHighlighter bareHighlighter;

    private BenchmarkQueryRun(TurnSearcher candor, IndexSearcher bare) {
        this.candor = candor;
        this.bare = bare;
        this.bareHighlighter = UnifiedHighlighter.builder(bare, bareAnalyzer).build();
    }

    static List<Result> run(Path dir, int queries, int warmup, long seed) throws Exception {
        try (TurnSearcher candor = TurnSearcher.open(dir);
             var directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            BenchmarkQueryRun run = new BenchmarkQueryRun(candor, new IndexSearcher(reader));
            List<Result> results = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                List<SearchRequest> requests = requests(kind, queries + warmup, new BenchmarkQueries(seed + kind.ordinal()));
                run.warmUp(kind, requests.subList(0, warmup)); // JIT and page cache; figures discarded
                results.add(run.measure(kind, requests.subList(warmup, requests.size())));
            }
            return results;
        }
    }

    private Result measure(Kind kind, List<SearchRequest> requests) throws Exception {
        long[] candorNanos = new long[requests.size()];
        long[] bareNanos = new long[requests.size()];
        long hits = 0;
        for (int i = 0; i < requests.size(); i++) {
            SearchRequest request = requests.get(i);
            if (i % 2 == 0) {
                long t0 = System.nanoTime();
                hits += candor.search(request).total();
                candorNanos[i] = System.nanoTime() - t0;
                bareNanos[i] = bare(request.query());
            } else {
                bareNanos[i] = bare(request.query());
                long t0 = System.nanoTime();
                SearchResult result = candor.search(request);
                candorNanos[i] = System.nanoTime() - t0;
                hits += result.total();
            }
        }
        return new Result(kind, Latency.of(candorNanos), Latency.of(bareNanos), (double) hits / requests.size());
    }

    private void warmUp(Kind kind, List<SearchRequest> requests) throws Exception {
        measure(kind, requests);
    }

    /** Bare Lucene: parse, top 10, one highlighted passage per hit. Returns nanoseconds. */
    private long bare(String queryText) throws Exception {
        long t0 = System.nanoTime();
        Query query = new QueryParser("text", bareAnalyzer).parse(queryText);
        TopDocs top = bare.search(query, 10);
        String[] snippets = bareHighlighter.highlight("text", query, top);
        long elapsed = System.nanoTime() - t0;
        if (snippets.length != top.scoreDocs.length) {
            throw new IllegalStateException("highlighter returned " + snippets.length + " snippets for " + top.scoreDocs.length + " hits");
        }
        return elapsed;
    }

    private static List<SearchRequest> requests(Kind kind, int count, BenchmarkQueries queries) {
        List<SearchRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(switch (kind) {
                case TERM -> SearchRequest.of(queries.term()).withFacets(false);
                case PHRASE -> SearchRequest.of(queries.phrase()).withFacets(false);
                case FILTERED_FACETED -> {
                    Map<String, String> f = queries.filters();
                    yield SearchRequest.of(queries.term()).withFilters(null, null, f.get("side"), f.get("signal"), f.get("cause"),
                            f.get("reason"));
                }
            });
        }
        return requests;
    }
}
