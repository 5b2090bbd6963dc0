package io.candor.batch;

import io.candor.domain.Deal;
import io.candor.ingest.CallRef;
import io.candor.ingest.ParsedTranscript;
import io.candor.ingest.TranscriptException;

/** A transcript file as read from disk: parsed, or the reason it could not be. Exactly one of parsed/error is set. */
public record IngestItem(CallRef ref, Deal deal, String contentHash, ParsedTranscript parsed, TranscriptException error) {
}
