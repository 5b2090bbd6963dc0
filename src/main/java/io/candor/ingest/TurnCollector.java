package io.candor.ingest;

import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the turn list every format produces: consecutive cues of one speaker become one turn (text
 * joined with a space, start of the first cue, end of the last), and a cue without a speaker
 * continues whoever spoke last, as Zoom, WhisperX and plain-text exports expect.
 */
final class TurnCollector {

    /** Speaker of cues that come before the first cue naming anyone; reported as an unknown speaker later. */
    static final String UNKNOWN_SPEAKER = "Unknown speaker";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Turn> turns = new ArrayList<>();
    private String currentSpeaker;
    private boolean anyNamedSpeaker;
    // The turn being built; word-level formats (AWS) add thousands of one-word cues, so text grows in a builder.
    private String openSpeaker;
    private String openEmail;
    private Side openSide;
    private Long openStart;
    private Long openEnd;
    private final StringBuilder openText = new StringBuilder();

    /**
     * Adds one cue.
     *
     * @param speaker the speaker the cue names, or null to continue the previous speaker
     * @param text    the cue's words; whitespace is collapsed, an empty cue only changes the current speaker
     */
    void add(String speaker, String email, Side side, Long startMs, Long endMs, String text) {
        if (speaker != null && !speaker.isBlank()) {
            currentSpeaker = WHITESPACE.matcher(speaker.strip()).replaceAll(" ");
            anyNamedSpeaker = true;
        }
        String words = text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (words.isEmpty()) {
            return;
        }
        String who = currentSpeaker == null ? UNKNOWN_SPEAKER : currentSpeaker;
        Side knownSide = side == null ? Side.UNKNOWN : side;
        if (who.equals(openSpeaker)) {
            openEmail = openEmail != null ? openEmail : email;
            openSide = openSide != Side.UNKNOWN ? openSide : knownSide;
            openStart = openStart != null ? openStart : startMs;
            openEnd = endMs != null ? endMs : openEnd;
            openText.append(' ').append(words);
            return;
        }
        close();
        openSpeaker = who;
        openEmail = email;
        openSide = knownSide;
        openStart = startMs;
        openEnd = endMs;
        openText.append(words);
    }

    /** Adds a cue of the current speaker (text lines under an Otter header, a WhisperX segment without speaker). */
    void continueWith(Long startMs, Long endMs, String text) {
        add(null, null, null, startMs, endMs, text);
    }

    private void close() {
        if (openSpeaker != null) {
            turns.add(new Turn(turns.size(), openSpeaker, openEmail, openSide, openStart, openEnd, openText.toString()));
            openText.setLength(0);
            openSpeaker = null;
        }
    }

    /** The finished transcript; a file whose cues never name a speaker is not a speaker transcript. */
    ParsedTranscript finish(String format, String file, Map<String, ParsedTranscript.SpeakerInfo> speakers,
                            Instant startedAt) throws TranscriptException {
        close();
        if (!anyNamedSpeaker || turns.isEmpty()) {
            throw new TranscriptException(file, null, turns.isEmpty()
                    ? "no speaker turns found (the file has no cue with both a speaker and words)"
                    : "no speaker turns found (no cue names a speaker; was diarization switched off?)");
        }
        return new ParsedTranscript(format, turns, speakers, startedAt);
    }
}
