package io.candor.index;

import io.candor.domain.Assessment;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Signal;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The writing side of the turn index: one document per turn, one {@link IndexWriter} per index
 * directory (Lucene's write lock refuses a second one, and this class says so).
 *
 * <p>Idempotent by key: {@link #indexCall} replaces every turn of the call atomically (delete by
 * call id, then add), so a re-run after a crash or a re-analysis never duplicates a turn, and a call
 * that now has fewer turns loses the surplus ones. Nothing is visible to searchers, or survives a
 * crash, until {@link #commit()}: the batch step commits at the end of each chunk, so a killed run
 * leaves the last committed state readable and the restarted run replays the rest.
 *
 * <p>Thread-safe: several analyze partitions may index into one instance.
 */
public final class TurnIndex implements Closeable {

    /** Larger than Lucene's 16 MB default: fewer, larger flushed segments when a run indexes millions of turns. */
    private static final double RAM_BUFFER_MB = 64;

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final TurnDocuments documents = new TurnDocuments(TurnDocuments.facetsConfig());

    private TurnIndex(Path dir, Directory directory, IndexWriter writer) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the index at {@code dir}, creating the folder and an empty index when absent. */
    public static TurnIndex open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(TurnAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            IndexWriter writer = new IndexWriter(directory, config);
            // An empty first commit makes a fresh index readable (and searchable) at once.
            if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            return new TurnIndex(dir, directory, writer);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IllegalStateException("search index " + dir + " is already open for writing by another process or job"
                    + " (one writer per index); wait for it to finish", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Indexes every turn of {@code call}, replacing whatever the index held for that call.
     *
     * @param signals          signals of this call (others are ignored), matched to turns by turn index
     * @param assessmentOrNull the deal's assessment when already scored, for the verdict and cause fields
     */
    public void indexCall(Deal deal, Call call, List<Signal> signals, Assessment assessmentOrNull) {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(call, "call");
        if (!deal.dealId().equals(call.dealId())) {
            throw new IllegalArgumentException("call " + call.callId() + " belongs to deal " + call.dealId()
                    + ", not to deal " + deal.dealId());
        }
        try {
            List<Document> docs = documents.forCall(deal, call, signals == null ? List.of() : signals, assessmentOrNull);
            // Atomic: a reader never sees the call half replaced, and there is never a second copy of a turn id.
            writer.updateDocuments(new Term(TurnFields.CALL, call.callId()), docs);
        } catch (IOException e) {
            throw failure("index call " + call.callId(), e);
        }
    }

    /** Removes every turn of the call (e.g. its transcript was deleted from the corpus). */
    public void deleteCall(String callId) {
        try {
            writer.deleteDocuments(new Term(TurnFields.CALL, Objects.requireNonNull(callId, "callId")));
        } catch (IOException e) {
            throw failure("delete call " + callId, e);
        }
    }

    /** Drops every turn whose deal is not in {@code dealIds}: deals that left the corpus. */
    public void retainDeals(Set<String> dealIds) {
        deleteAllExcept(TurnFields.DEAL, dealIds);
    }

    /** Drops every turn whose call is not in {@code callIds}: calls that left the corpus. */
    public void retainCalls(Set<String> callIds) {
        deleteAllExcept(TurnFields.CALL, callIds);
    }

    /** Makes every change so far durable and visible to searchers; the batch step calls it at chunk end. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw failure("commit", e);
        }
    }

    /**
     * Discards every change since the last commit and closes the index, as a crash would; for a
     * chunk that failed. The index stays at its last committed state.
     */
    public void rollback() {
        try {
            writer.rollback();
        } catch (IOException e) {
            throw failure("roll back", e);
        } finally {
            closeQuietly(directory);
        }
    }

    /** Commits what is pending and releases the write lock. */
    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    public Path directory() {
        return dir;
    }

    private void deleteAllExcept(String field, Collection<String> keep) {
        Objects.requireNonNull(keep, field + " ids");
        BooleanQuery.Builder others = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (!keep.isEmpty()) {
            others.add(new TermInSetQuery(field, keep.stream().map(BytesRef::new).toList()), BooleanClause.Occur.MUST_NOT);
        }
        try {
            writer.deleteDocuments(others.build());
        } catch (IOException e) {
            throw failure("drop turns whose " + field + " left the corpus", e);
        }
    }

    private UncheckedIOException failure(String what, IOException e) {
        return new UncheckedIOException("search index " + dir + ": cannot " + what + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
