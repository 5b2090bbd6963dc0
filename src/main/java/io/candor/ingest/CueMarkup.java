package io.candor.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue payload markup of WebVTT and SubRip: voice spans ({@code <v Name>}, closed or not, as Teams
 * writes them), styling tags, karaoke timestamps and character references.
 */
final class CueMarkup {

    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:\\s+([^>]*))?>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>|<\\d[^>]*>|\\{\\\\[^}]*}");

    private CueMarkup() {
    }

    /** A piece of cue text and the voice that speaks it, null when the text carries no voice tag. */
    record Span(String voice, String text) {
    }

    /** Splits a payload at its voice tags; text before the first tag is a span without voice. */
    static List<Span> voiceSpans(String payload) {
        List<Span> spans = new ArrayList<>();
        Matcher m = VOICE.matcher(payload);
        int textStart = 0;
        String voice = null;
        while (m.find()) {
            addSpan(spans, voice, payload.substring(textStart, m.start()));
            voice = m.group(1) == null ? "" : m.group(1).strip();
            textStart = m.end();
        }
        addSpan(spans, voice, payload.substring(textStart));
        return spans;
    }

    private static void addSpan(List<Span> spans, String voice, String raw) {
        String text = plain(raw);
        if (!text.isEmpty() || (voice != null && !voice.isEmpty())) {
            spans.add(new Span(voice == null || voice.isEmpty() ? null : decode(voice), text));
        }
    }

    /** Text without tags, with character references decoded and whitespace collapsed. */
    static String plain(String raw) {
        return decode(TAG.matcher(raw).replaceAll("")).replaceAll("\\s+", " ").strip();
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
