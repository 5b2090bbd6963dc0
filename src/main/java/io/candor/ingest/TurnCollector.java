package io.candor.ingest;

import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the turn list every format produces: consecutive cues of one speaker become one turn (text
 * joined with a space, start of the first cue, end of the last), and a cue without a speaker
 * continues whoever spoke last, as Zoom, WhisperX and plain-text exports expect.
 */
final class TurnCollector {

    /** Speaker of cues that come before the first cue naming anyone; reported as an unknown speaker later. */
    static final String UNKNOWN_SPEAKER = "Unknown speaker";

    private final List<Turn> turns = new ArrayList<>();
    private String currentSpeaker;
    private boolean anyNamedSpeaker;

    /**
     * Adds one cue.
     *
     * @param speaker the speaker the cue names, or null to continue the previous speaker
     * @param text    the cue's words; whitespace is collapsed, an empty cue only changes the current speaker
     */
    void add(String speaker, String email, Side side, Long startMs, Long endMs, String text) {
        if (speaker != null && !speaker.isBlank()) {
            currentSpeaker = speaker.strip().replaceAll("\\s+", " ");
            anyNamedSpeaker = true;
        }
        String words = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            return;
        }
        String who = currentSpeaker == null ? UNKNOWN_SPEAKER : currentSpeaker;
        Side knownSide = side == null ? Side.UNKNOWN : side;
        if (!turns.isEmpty() && turns.get(turns.size() - 1).speaker().equals(who)) {
            Turn last = turns.remove(turns.size() - 1);
            turns.add(new Turn(last.index(), who,
                    last.email() != null ? last.email() : email,
                    last.side() != Side.UNKNOWN ? last.side() : knownSide,
                    last.startMs() != null ? last.startMs() : startMs,
                    endMs != null ? endMs : last.endMs(),
                    last.text() + " " + words));
        } else {
            turns.add(new Turn(turns.size(), who, email, knownSide, startMs, endMs, words));
        }
    }

    /** Adds a cue of the current speaker (text lines under an Otter header, a WhisperX segment without speaker). */
    void continueWith(Long startMs, Long endMs, String text) {
        add(null, null, null, startMs, endMs, text);
    }

    /** The finished transcript; a file whose cues never name a speaker is not a speaker transcript. */
    ParsedTranscript finish(String format, String file, Map<String, ParsedTranscript.SpeakerInfo> speakers,
                            Instant startedAt) throws TranscriptException {
        if (!anyNamedSpeaker || turns.isEmpty()) {
            throw new TranscriptException(file, null, turns.isEmpty()
                    ? "no speaker turns found (the file has no cue with both a speaker and words)"
                    : "no speaker turns found (no cue names a speaker; was diarization switched off?)");
        }
        return new ParsedTranscript(format, turns, speakers, startedAt);
    }
}
