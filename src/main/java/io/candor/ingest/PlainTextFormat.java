package io.candor.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text transcripts: {@code Name: words}, optionally stamped ({@code [00:01:02] Name: words},
 * {@code 00:01:02 Name: words}, {@code Name (01:02): words}), and Otter blocks (a {@code Name  1:02}
 * line with the words below). Lines without a speaker continue the current one; lines before the
 * first speaker (a title, a date) are not speech and are skipped. Stamps give start times only: a
 * stamped line ends where the next stamp starts; without stamps times stay null and talk share is
 * measured in words.
 */
final class PlainTextFormat implements TranscriptFormat {

    static final String NAME = "text";
    private static final String NOTATION = "[hh:]mm:ss";
    /** Conversational speaking rate (the ~150 words/min also behind monologue-words-max), for the last stamped line's length. */
    static final int WORDS_PER_MINUTE = 150;
    private static final String CLOCK = "\\d{1,3}:\\d{1,2}(?::\\d{1,2})?(?:[.,]\\d{1,3})?";
    /** "[00:01:02] rest"; the bracket starts with a digit, so "[Name] words" is left to the prefix rule. */
    private static final Pattern BRACKET_STAMP = Pattern.compile("^\\[(\\d[^\\]]{0,15})\\]\\s*(.*)$");
    private static final Pattern LEADING_STAMP = Pattern.compile("^(" + CLOCK + ")\\s+(.+)$");
    /** "Name (01:02): words"; anything digit-led in the parentheses must be a valid time. */
    private static final Pattern NAME_PAREN_STAMP = Pattern.compile("^([^():\\[\\]]{1,64}?)\\s*\\((\\d[^)]{0,15})\\)\\s*:(?:\\s+(.*))?$");
    private static final Pattern OTTER_HEADER = Pattern.compile("^([^:\\[\\]()]{1,64}?)\\s+(" + CLOCK + ")$");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean detects(String content) {
        List<String> lines = TextBlocks.withoutBom(content).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.stream().anyMatch(CueTiming::isTimingLine)) {
            return false; // "start --> end" lines make it a cue file (WebVTT, SubRip), whatever its speaker lines
        }
        SpeakerPrefixes prefixes = prefixes(lines);
        long speakerLines = lines.stream().filter(line -> speakerLine(line, prefixes)).limit(2).count();
        return speakerLines >= 2;
    }

    private static boolean speakerLine(String line, SpeakerPrefixes prefixes) {
        Matcher bracket = BRACKET_STAMP.matcher(line);
        if (bracket.matches()) {
            return prefixes.split(bracket.group(2)) != null;
        }
        Matcher leading = LEADING_STAMP.matcher(line);
        if (leading.matches() && prefixes.split(leading.group(2)) != null) {
            return true;
        }
        Matcher paren = NAME_PAREN_STAMP.matcher(line);
        Matcher otter = OTTER_HEADER.matcher(line);
        return (paren.matches() && prefixes.accepts(paren.group(1)))
                || (otter.matches() && prefixes.accepts(otter.group(1)))
                || prefixes.split(line) != null;
    }

    /** Counts label candidates over the whole file, so a recurring label is accepted even if it reads like a word. */
    private static SpeakerPrefixes prefixes(List<String> lines) {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : lines) {
            Matcher bracket = BRACKET_STAMP.matcher(line);
            Matcher leading = LEADING_STAMP.matcher(line);
            Matcher paren = NAME_PAREN_STAMP.matcher(line);
            Matcher otter = OTTER_HEADER.matcher(line);
            if (bracket.matches()) {
                texts.add(bracket.group(2));
            } else if (paren.matches()) {
                labels.add(paren.group(1));
            } else if (otter.matches()) {
                labels.add(otter.group(1));
            } else {
                texts.add(leading.matches() ? leading.group(2) : line);
            }
        }
        return new SpeakerPrefixes(texts, labels);
    }

    @Override
    public ParsedTranscript parse(String content, String file) throws TranscriptException {
        List<String> lines = TextBlocks.withoutBom(content).lines().map(String::strip).toList();
        SpeakerPrefixes prefixes = prefixes(lines.stream().filter(l -> !l.isEmpty()).toList());
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            Cue cue = cue(line, i + 1, prefixes, file);
            if (cue == null) {
                if (!blocks.isEmpty()) { // a continuation line; before the first speaker it is a title or a date
                    blocks.get(blocks.size() - 1).text().append(' ').append(line);
                }
            } else if (cue.speaker() != null || !blocks.isEmpty()) {
                blocks.add(new Block(cue.speaker(), cue.startMs(), new StringBuilder(cue.text())));
            }
        }
        TurnCollector turns = new TurnCollector();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            turns.add(b.speaker(), null, null, b.startMs(), endMs(blocks, i), b.text().toString());
        }
        return turns.finish(NAME, file, Map.of(), null);
    }

    /**
     * A stamped line lasts until the next stamp, as Otter and every recorder exporting start times
     * only mean it; the last one has no next stamp, so it lasts as long as its words take at
     * {@link #WORDS_PER_MINUTE}. Unstamped lines have no end, which leaves the call measured in words.
     */
    private static Long endMs(List<Block> blocks, int index) {
        Block block = blocks.get(index);
        if (block.startMs() == null) {
            return null;
        }
        for (int j = index + 1; j < blocks.size(); j++) {
            if (blocks.get(j).startMs() != null) {
                return Math.max(block.startMs(), blocks.get(j).startMs());
            }
        }
        String words = block.text().toString().strip();
        int count = words.isEmpty() ? 0 : words.split("\\s+").length;
        return block.startMs() + Math.round(count * 60_000.0 / WORDS_PER_MINUTE);
    }

    /** What one line says: a speaker with words and maybe a time, an Otter header (no words yet), or null for a continuation line. */
    private static Cue cue(String line, int lineNo, SpeakerPrefixes prefixes, String file) throws TranscriptException {
        Matcher bracket = BRACKET_STAMP.matcher(line);
        if (bracket.matches()) {
            long start = time(bracket.group(1), lineNo, file);
            SpeakerPrefixes.Split split = prefixes.split(bracket.group(2));
            return split == null ? new Cue(null, start, bracket.group(2)) : new Cue(split.speaker(), start, split.text());
        }
        Matcher paren = NAME_PAREN_STAMP.matcher(line);
        if (paren.matches() && prefixes.accepts(paren.group(1))) {
            String words = paren.group(3) == null ? "" : paren.group(3);
            return new Cue(paren.group(1).strip(), time(paren.group(2), lineNo, file), words);
        }
        Matcher otter = OTTER_HEADER.matcher(line);
        if (otter.matches() && prefixes.accepts(otter.group(1))) {
            return new Cue(otter.group(1).strip(), time(otter.group(2), lineNo, file), "");
        }
        Matcher leading = LEADING_STAMP.matcher(line);
        if (leading.matches()) {
            SpeakerPrefixes.Split split = prefixes.split(leading.group(2));
            if (split != null) {
                return new Cue(split.speaker(), time(leading.group(1), lineNo, file), split.text());
            }
        }
        SpeakerPrefixes.Split split = prefixes.split(line);
        return split == null ? null : new Cue(split.speaker(), null, split.text());
    }

    private static long time(String text, int lineNo, String file) throws TranscriptException {
        Long ms = Times.clockToMs(text);
        if (ms == null) {
            throw new TranscriptException(file, lineNo, "time '" + text + "' is not " + NOTATION);
        }
        return ms;
    }

    private record Cue(String speaker, Long startMs, String text) {
    }

    /** A speaker line (or Otter header) with the continuation lines below it. */
    private record Block(String speaker, Long startMs, StringBuilder text) {
    }
}
