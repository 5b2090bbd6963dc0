package io.candor.domain;

/**
 * One speaker turn of a call: consecutive cues of one speaker merged. Times are milliseconds from
 * the start of the recording, null where the format has none (plain text without stamps).
 *
 * @param index   0-based position in the call
 * @param speaker the speaker as the transcript names them (a name, a device, a diarization label)
 * @param email   the speaker's e-mail where the transcript or participants.csv gives one, else null
 */
public record Turn(int index, String speaker, String email, Side side, Long startMs, Long endMs, String text) {

    public boolean timed() {
        return startMs != null && endMs != null;
    }

    public long durationMs() {
        return timed() ? Math.max(0, endMs - startMs) : 0;
    }

    public int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    public Turn withSide(Side newSide, String newEmail) {
        return new Turn(index, speaker, newEmail, newSide, startMs, endMs, text);
    }
}
