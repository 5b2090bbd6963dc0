package io.candor.batch;

import io.candor.domain.Call;
import io.candor.domain.IngestProblem;
import io.candor.store.CandorStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores normalized calls. Unchanged content (same hash, same sides) keeps its analysis; changed content
 * replaces the old rows and is analysed again; problems are recorded, never thrown.
 */
public class IngestResultWriter implements ItemWriter<IngestResult> {

    /** Kind of the notes that list speakers left UNKNOWN, per call (not problems: the call is still used). */
    public static final String UNKNOWN_SPEAKERS = "unknown-speakers";

    private final CandorStore store;

    public IngestResultWriter(CandorStore store) {
        this.store = store;
    }

    private static boolean sameReading(Call stored, Call fresh) {
        return stored.turns().equals(fresh.turns()) && stored.speakerTitles().equals(fresh.speakerTitles());
    }

    @Override
    public void write(Chunk<? extends IngestResult> chunk) {
        for (IngestResult r : chunk) {
            if (r.problem() != null) {
                store.addProblem(CandorStore.PROBLEM, r.problem());
                continue;
            }
            // Unchanged means the same file AND the same reading of it: a participants.csv or candor.yml edit
            // that moves a speaker to the other side changes the findings, so it is analysed again.
            boolean unchanged = store.contentHash(r.call().callId()).map(r.call().contentHash()::equals).orElse(false)
                    && store.call(r.call().callId()).map(stored -> sameReading(stored, r.call())).orElse(false);
            if (unchanged) {
                store.updateCallListing(r.call(), r.seq());
            } else {
                store.saveCall(r.call(), r.seq());
            }
            if (!r.unknownSpeakers().isEmpty()) {
                store.addProblem(UNKNOWN_SPEAKERS, new IngestProblem(r.call().source(), null, r.call().dealId(),
                        "call " + r.call().callId() + ": side unknown for " + String.join(", ", r.unknownSpeakers())));
            }
        }
    }
}
