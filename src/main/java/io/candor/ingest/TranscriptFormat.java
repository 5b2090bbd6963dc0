package io.candor.ingest;

/**
 * One transcript file format of corpus-format.md. Implementations are stateless and thread-safe;
 * {@link TranscriptFormats} holds one of each and picks one by name or by content.
 */
public interface TranscriptFormat {

    /** The format's name as used in calls.csv and in reports, e.g. "vtt", "gong-json". */
    String name();

    /** True when the content (BOM removed, any line endings) is recognisably in this format. */
    boolean detects(String content);

    /**
     * Parses the whole content into ordered speaker turns, consecutive cues of one speaker merged.
     *
     * @param file the path to name in errors (relative to the corpus root)
     */
    ParsedTranscript parse(String content, String file) throws TranscriptException;
}
