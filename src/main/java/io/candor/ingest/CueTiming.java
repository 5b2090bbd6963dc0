package io.candor.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code start --> end [settings]} line shared by WebVTT and SubRip cues. */
record CueTiming(long startMs, long endMs) {

    private static final Pattern LINE = Pattern.compile("^(\\S+)\\s*-->\\s*(\\S+)(?:\\s+.*)?$");

    static boolean isTimingLine(String line) {
        return line.contains("-->");
    }

    /**
     * @param expected the notation to name in the error, e.g. "[hh:]mm:ss.mmm"
     * @throws TranscriptException naming the line and the value that is not a time
     */
    static CueTiming parse(String line, String file, int lineNo, String expected) throws TranscriptException {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new TranscriptException(file, lineNo, "cue timing '" + line.strip() + "' is not 'start --> end'");
        }
        return new CueTiming(time(m.group(1), file, lineNo, expected), time(m.group(2), file, lineNo, expected));
    }

    private static long time(String text, String file, int lineNo, String expected) throws TranscriptException {
        Long ms = Times.clockToMs(text);
        if (ms == null) {
            throw new TranscriptException(file, lineNo, "cue time '" + text + "' is not " + expected);
        }
        return ms;
    }
}
