package io.candor.ingest;

import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a format parser read from one file, before side resolution: turns with speaker names
 * (side UNKNOWN unless the file itself says), plus whatever the file knows about its speakers.
 *
 * @param format    the format name (corpus-format.md), e.g. "gong-json"
 * @param speakers  speaker name as used in the turns to what the file says of them (may be empty)
 * @param startedAt the recording's start time where the file carries one, else null
 */
public record ParsedTranscript(String format, List<Turn> turns, Map<String, SpeakerInfo> speakers, Instant startedAt) {

    public ParsedTranscript {
        turns = List.copyOf(turns);
        speakers = Map.copyOf(speakers);
    }

    /** What a transcript's own metadata says about a speaker (Gong parties[], etc.). Fields may be null. */
    public record SpeakerInfo(String name, String email, Side side, String title) {
    }
}
