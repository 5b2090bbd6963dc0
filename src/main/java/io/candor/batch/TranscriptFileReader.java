package io.candor.batch;

import io.candor.ingest.CallRef;
import io.candor.ingest.ContentHash;
import io.candor.ingest.TranscriptException;
import io.candor.ingest.TranscriptReader;
import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads each transcript the corpus lists. A file that cannot be read becomes an item carrying the
 * error, not an exception: bad input is reported, never fatal. Re-reading on restart is safe because
 * the writer skips content it already stored (same hash).
 */
public class TranscriptFileReader implements ItemStreamReader<IngestItem> {

    private final CorpusCatalog catalog;
    private final TranscriptReader transcripts;
    private Iterator<CallRef> refs;

    public TranscriptFileReader(CorpusCatalog catalog, TranscriptReader transcripts) {
        this.catalog = catalog;
        this.transcripts = transcripts;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        refs = catalog.calls().iterator();
    }

    @Override
    public synchronized IngestItem read() {
        if (refs == null || !refs.hasNext()) {
            return null;
        }
        CallRef ref = refs.next();
        String hash = null;
        try {
            hash = ContentHash.sha256(ref.transcript());
            return new IngestItem(ref, catalog.deal(ref.dealId()), hash,
                    transcripts.read(ref.transcript(), ref.relativePath(), ref.format()), null);
        } catch (TranscriptException e) {
            return new IngestItem(ref, catalog.deal(ref.dealId()), hash, null, e);
        } catch (RuntimeException e) {
            TranscriptException wrapped = new TranscriptException(ref.relativePath(), null,
                    "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return new IngestItem(ref, catalog.deal(ref.dealId()), hash, null, wrapped);
        }
    }

    @Override
    public void close() {
        refs = null;
    }
}
