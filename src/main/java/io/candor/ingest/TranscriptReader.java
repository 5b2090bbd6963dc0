package io.candor.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one transcript file into a {@link ParsedTranscript}: size limit, strict UTF-8, format by
 * name or detected from content. Every failure is a {@link TranscriptException} naming the file,
 * the line where known, and one reason, so the caller records a problem and carries on.
 */
public final class TranscriptReader {

    /** Larger than any real call transcript (a 3-hour call in word-level JSON is ~5 MB), small enough to bound memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public TranscriptReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public TranscriptReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @param file         the transcript to read
     * @param relativePath the path to name in errors (relative to the corpus root)
     * @param format       "auto" (or null) to detect from content, else a format name from {@link TranscriptFormats#names()}
     */
    public ParsedTranscript read(Path file, String relativePath, String format) throws TranscriptException {
        if (!TranscriptFormats.isKnown(format)) {
            throw new TranscriptException(relativePath, null, "unknown format name '" + format + "' (known: "
                    + TranscriptFormats.AUTO + ", " + String.join(", ", TranscriptFormats.names()) + ")");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new TranscriptException(relativePath, null, "file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TranscriptException(relativePath, null, "cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        String content = TranscriptDecoder.decode(bytes, relativePath);
        return TranscriptFormats.parse(content, relativePath, format);
    }
}
