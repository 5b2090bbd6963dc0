package io.candor.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The reading side of the turn index. One instance per index for the life of the application:
 * readers come from a {@link SearcherManager} (acquired and released around every query, refreshed
 * at most once a second to see new commits), never from an index opened per query.
 * Thread-safe.
 */
public final class TurnSearcher implements Closeable {

    /** How often a query checks for a newer commit; cheaper than checking on every query, fresh enough for people. */
    private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;
    /** Passages per snippet: the best sentence or two of a turn. */
    private static final int SNIPPET_PASSAGES = 2;

    private final Path dir;
    private final Directory directory;
    private final SearcherManager manager;
    private final Analyzer analyzer = TurnAnalyzers.perField();
    private final TurnFacets facets = new TurnFacets();
    private final AtomicLong nextRefresh = new AtomicLong(System.nanoTime() + REFRESH_INTERVAL_NANOS);

    private TurnSearcher(Path dir, Directory directory, SearcherManager manager) {
        this.dir = dir;
        this.directory = directory;
        this.manager = manager;
    }

    /**
     * Opens the index at {@code dir} for searching.
     *
     * @throws IndexMissingException when nothing has been indexed there
     */
    public static TurnSearcher open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IndexMissingException(dir);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexMissingException(dir);
            }
            SearcherManager manager = new SearcherManager(directory, new FacetingSearcherFactory(TurnDocuments.facetsConfig()));
            return new TurnSearcher(dir, directory, manager);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open search index " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /** One page of ranked hits with highlighted snippets, optional context turns and facet counts. */
    public SearchResult search(SearchRequest req) throws QuerySyntaxException {
        Query userQuery = TurnQueryParser.parse(req.query(), analyzer);
        Query query = TurnFilters.apply(userQuery, req);
        refreshIfDue();
        IndexSearcher searcher = acquire();
        try {
            int wanted = req.offset() + req.limit();
            TopDocs top;
            long total;
            boolean exact;
            Map<String, List<FacetCount>> facetCounts = Map.of();
            if (req.facets()) {
                var result = FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
                top = result.topDocs();
                total = result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
                exact = true;
                facetCounts = facets.count(searcher, result.facetsCollector());
            } else {
                top = searcher.search(query, wanted);
                total = top.totalHits.value;
                exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            }
            return new SearchResult(total, exact, hits(searcher, userQuery, top, req), facetCounts);
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + dir + ": " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /**
     * The turns around {@code turnId} ("callId#turnIndex") in call order, the turn itself included;
     * empty when the index has no such turn.
     */
    public List<TurnHit> context(String turnId, int before, int after) {
        TurnId id = TurnId.parse(turnId);
        refreshIfDue();
        IndexSearcher searcher = acquire();
        try {
            if (searcher.count(new TermQuery(new Term(TurnFields.TURN_ID, turnId))) == 0) {
                return List.of();
            }
            return TurnWindow.read(searcher, id.callId(), id.turnIndex() - Math.max(0, before), id.turnIndex() + Math.max(0, after));
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + dir + ": " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /** Makes the latest commit visible now (e.g. right after indexing), instead of within a second. */
    public void refresh() {
        try {
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + dir + ": cannot refresh: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }

    private List<TurnHit> hits(IndexSearcher searcher, Query userQuery, TopDocs top, SearchRequest req) throws IOException {
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(req.offset(), all.length);
        int[] docIds = new int[all.length - from];
        for (int i = from; i < all.length; i++) {
            docIds[i - from] = all[i].doc;
        }
        if (docIds.length == 0) {
            return List.of();
        }
        TurnHighlighter highlighter = new TurnHighlighter(searcher, analyzer);
        Snippet[] snippets = highlighter.snippets(userQuery, docIds, SNIPPET_PASSAGES);
        List<TurnHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            TurnHit hit = TurnWindow.hit(highlighter.hitFields(docIds[i]), snippets[i], all[from + i].score);
            hits.add(req.context() > 0 ? withContext(searcher, hit, req.context()) : hit);
        }
        return hits;
    }

    private static TurnHit withContext(IndexSearcher searcher, TurnHit hit, int turns) throws IOException {
        int at = hit.turnIndex();
        List<TurnHit> window = TurnWindow.read(searcher, hit.callId(), at - turns, at + turns);
        return hit.withContext(
                window.stream().filter(t -> t.turnIndex() < at).toList(),
                window.stream().filter(t -> t.turnIndex() > at).toList());
    }

    private void refreshIfDue() {
        long now = System.nanoTime();
        long due = nextRefresh.get();
        if (now - due >= 0 && nextRefresh.compareAndSet(due, now + REFRESH_INTERVAL_NANOS)) {
            try {
                manager.maybeRefresh();
            } catch (IOException e) {
                throw new UncheckedIOException("search index " + dir + ": cannot refresh: " + e.getMessage(), e);
            }
        }
    }

    private IndexSearcher acquire() {
        try {
            return manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + dir + ": " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the first error is the one to report
            }
        }
    }

    /** "callId#turnIndex"; the call id may itself contain '#', so the last one separates. */
    record TurnId(String callId, int turnIndex) {
        static TurnId parse(String turnId) {
            Objects.requireNonNull(turnId, "turnId");
            int hash = turnId.lastIndexOf('#');
            try {
                if (hash > 0) {
                    return new TurnId(turnId.substring(0, hash), Integer.parseInt(turnId.substring(hash + 1)));
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new IllegalArgumentException("turn id '" + turnId + "' is not of the form <callId>#<turnIndex>");
        }
    }
}
