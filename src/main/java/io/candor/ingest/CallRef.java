package io.candor.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A call the corpus lists (calls.csv row, or a file under transcripts/&lt;deal_id&gt;/), not yet read.
 *
 * @param transcript   absolute path of the transcript file
 * @param relativePath the same path relative to the corpus root, forward slashes (for reports and problems)
 * @param format       "auto" or a format name
 * @param order        position of the call within its deal when startedAt is unknown (file-name sort order)
 */
public record CallRef(String callId, String dealId, Instant startedAt, String title, Path transcript, String relativePath, String format, int order) {
}
