package io.candor.ingest;

/** A transcript that cannot be used: names the file, the line where known, and a one-line reason. */
public class TranscriptException extends Exception {

    private final String file;
    private final Integer line;
    private final String reason;

    public TranscriptException(String file, Integer line, String reason) {
        super(file + (line == null ? "" : ":" + line) + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public Integer line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
