package io.candor.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WebVTT as Zoom ({@code Name: words}) and Microsoft Teams ({@code <v Name>words</v>}, the closing
 * tag often missing) write it. NOTE, STYLE and REGION blocks, cue identifiers and cue settings are
 * skipped; a cue without a speaker continues the previous one.
 */
final class VttFormat implements TranscriptFormat {

    static final String NAME = "vtt";
    private static final String NOTATION = "[hh:]mm:ss.mmm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean detects(String content) {
        return isHeader(TextBlocks.withoutBom(content).lines().findFirst().orElse(""));
    }

    private static boolean isHeader(String firstLine) {
        return firstLine.equals("WEBVTT") || firstLine.startsWith("WEBVTT ") || firstLine.startsWith("WEBVTT\t");
    }

    @Override
    public ParsedTranscript parse(String content, String file) throws TranscriptException {
        List<TextBlocks.Block> blocks = TextBlocks.split(TextBlocks.withoutBom(content));
        if (blocks.isEmpty() || blocks.get(0).firstLine() != 1 || !isHeader(blocks.get(0).lines().get(0))) {
            throw new TranscriptException(file, 1, "not WebVTT: the first line must be 'WEBVTT'");
        }
        List<RawCue> cues = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            TextBlocks.Block block = blocks.get(b);
            if (b == 0 && block.lines().stream().noneMatch(CueTiming::isTimingLine)) {
                continue; // the header block: WEBVTT plus metadata such as "Kind: captions"
            }
            if (!isMetadataBlock(block.lines().get(0))) {
                cues.add(cue(block, b == 0, file));
            }
        }
        return toTurns(cues, file);
    }

    private static boolean isMetadataBlock(String firstLine) {
        return firstLine.matches("^(NOTE|STYLE|REGION)([ \\t].*)?$");
    }

    /** A cue block: optional identifier, timing line, payload lines. */
    private static RawCue cue(TextBlocks.Block block, boolean headerBlock, String file) throws TranscriptException {
        List<String> lines = block.lines();
        int timing = -1;
        for (int i = 0; i < lines.size() && i <= (headerBlock ? lines.size() : 1); i++) {
            if (CueTiming.isTimingLine(lines.get(i))) {
                timing = i;
                break;
            }
        }
        if (timing < 0) {
            throw new TranscriptException(file, block.firstLine(),
                    "expected a cue timing line '" + NOTATION + " --> " + NOTATION + "', found '" + lines.get(0) + "'");
        }
        CueTiming time = CueTiming.parse(lines.get(timing), file, block.lineOf(timing), NOTATION);
        String payload = String.join("\n", lines.subList(timing + 1, lines.size()));
        return new RawCue(time, payload);
    }

    private static ParsedTranscript toTurns(List<RawCue> cues, String file) throws TranscriptException {
        List<String> unvoiced = new ArrayList<>();
        for (RawCue cue : cues) {
            for (CueMarkup.Span span : CueMarkup.voiceSpans(cue.payload())) {
                if (span.voice() == null) {
                    unvoiced.add(span.text());
                }
            }
        }
        SpeakerPrefixes prefixes = new SpeakerPrefixes(unvoiced);
        TurnCollector turns = new TurnCollector();
        for (RawCue cue : cues) {
            for (CueMarkup.Span span : CueMarkup.voiceSpans(cue.payload())) {
                SpeakerPrefixes.Split split = span.voice() == null ? prefixes.split(span.text()) : null;
                String speaker = span.voice() != null ? span.voice() : split == null ? null : split.speaker();
                String text = split == null ? span.text() : split.text();
                turns.add(speaker, null, null, cue.time().startMs(), cue.time().endMs(), text);
            }
        }
        return turns.finish(NAME, file, Map.of(), null);
    }

    private record RawCue(CueTiming time, String payload) {
    }
}
