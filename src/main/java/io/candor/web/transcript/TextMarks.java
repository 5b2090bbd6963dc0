package io.candor.web.transcript;

import io.candor.domain.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a turn's text into plain and marked segments, one mark per signal sentence found in it.
 * Marks never overlap: where two signals share words, the more telling one (lower priority number:
 * a detractor before a competitor mention before a question) keeps the mark; the other still gets
 * its badge. Segments are plain text; the template escapes them.
 */
final class TextMarks {

    private TextMarks() {
    }

    static List<Segment> segments(String text, List<Signal> signals) {
        List<Span> accepted = new ArrayList<>();
        signals.stream()
                .map(s -> new Styled(s, SignalStyle.of(s)))
                .filter(st -> st.style().marked())
                .sorted(Comparator.comparingInt(st -> st.style().priority()))
                .forEach(st -> find(text, st).filter(span -> accepted.stream().noneMatch(span::overlaps)).ifPresent(accepted::add));
        accepted.sort(Comparator.comparingInt(Span::start));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Span span : accepted) {
            if (span.start() > at) {
                out.add(Segment.plain(text.substring(at, span.start())));
            }
            out.add(new Segment(text.substring(span.start(), span.end()), span.style().cssClass(), span.style().caption()));
            at = span.end();
        }
        if (at < text.length() || out.isEmpty()) {
            out.add(Segment.plain(text.substring(at)));
        }
        return out;
    }

    /** Where the signal's sentence sits in the turn: exact first, then ignoring case. */
    private static java.util.Optional<Span> find(String text, Styled st) {
        String needle = st.signal().text() == null ? "" : st.signal().text().strip();
        if (needle.isEmpty()) {
            return java.util.Optional.empty();
        }
        int at = text.indexOf(needle);
        if (at < 0) {
            String lowerText = text.toLowerCase(Locale.ROOT);
            // Lower-casing can change the length of a few non-ASCII strings; then offsets would not map back.
            if (lowerText.length() == text.length()) {
                at = lowerText.indexOf(needle.toLowerCase(Locale.ROOT));
            }
        }
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(new Span(at, at + needle.length(), st.style()));
    }

    private record Styled(Signal signal, SignalStyle style) {
    }

    private record Span(int start, int end, SignalStyle style) {
        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }
}
