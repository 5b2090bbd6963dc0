package io.candor.domain;

import java.time.Instant;
import java.util.List;

/**
 * One normalized call transcript, whatever format it came in.
 *
 * @param source      transcript path relative to the corpus root (forward slashes)
 * @param format      the format name it was parsed as (corpus-format.md), e.g. "vtt"
 * @param contentHash SHA-256 of the file's bytes: an unchanged file is not analysed again
 * @param startedAt   when the call started, null where neither calls.csv nor the file says
 * @param speakerTitles speaker (as named in the turns) to job title, where participants.csv or the
 *                    transcript's metadata gives one: a CFO who spoke is an economic buyer on the call
 */
public record Call(
        String callId,
        String dealId,
        Instant startedAt,
        String title,
        String source,
        String format,
        String contentHash,
        List<Turn> turns,
        java.util.Map<String, String> speakerTitles) {

    public Call {
        turns = List.copyOf(turns);
        speakerTitles = speakerTitles == null ? java.util.Map.of() : java.util.Map.copyOf(speakerTitles);
    }

    /** A call whose speakers' titles are unknown. */
    public Call(String callId, String dealId, Instant startedAt, String title, String source, String format,
                String contentHash, List<Turn> turns) {
        this(callId, dealId, startedAt, title, source, format, contentHash, turns, java.util.Map.of());
    }

    /** True when every turn has start and end times, so talk share can be measured in time. */
    public boolean timed() {
        return !turns.isEmpty() && turns.stream().allMatch(Turn::timed);
    }
}
