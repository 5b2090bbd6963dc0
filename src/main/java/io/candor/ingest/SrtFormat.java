package io.candor.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SubRip: numbered cues with {@code hh:mm:ss,mmm --> hh:mm:ss,mmm} timings, the speaker written as
 * {@code Name: words} or {@code [Name] words}. A cue without a speaker continues the previous one;
 * a block without a timing line (a blank line inside cue text) belongs to the cue before it.
 */
final class SrtFormat implements TranscriptFormat {

    static final String NAME = "srt";
    private static final String NOTATION = "hh:mm:ss,mmm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean detects(String content) {
        List<String> head = TextBlocks.withoutBom(content).lines().filter(l -> !l.isBlank()).limit(2).toList();
        if (head.isEmpty() || head.get(0).startsWith("WEBVTT")) {
            return false;
        }
        return CueTiming.isTimingLine(head.get(0))
                || (head.size() == 2 && head.get(0).strip().matches("\\d+") && CueTiming.isTimingLine(head.get(1)));
    }

    @Override
    public ParsedTranscript parse(String content, String file) throws TranscriptException {
        List<Cue> cues = new ArrayList<>();
        for (TextBlocks.Block block : TextBlocks.split(TextBlocks.withoutBom(content))) {
            List<String> lines = block.lines();
            int timing = CueTiming.isTimingLine(lines.get(0)) ? 0
                    : lines.size() > 1 && CueTiming.isTimingLine(lines.get(1)) ? 1 : -1;
            if (timing < 0 && lines.size() > 1 && lines.get(0).matches("\\d+")) {
                throw new TranscriptException(file, block.lineOf(1), "cue " + lines.get(0) + ": expected a timing line '"
                        + NOTATION + " --> " + NOTATION + "', found '" + lines.get(1) + "'");
            }
            if (timing < 0) {
                if (cues.isEmpty()) {
                    throw new TranscriptException(file, block.firstLine(),
                            "expected a cue number and a timing line '" + NOTATION + " --> " + NOTATION + "', found '" + lines.get(0) + "'");
                }
                cues.get(cues.size() - 1).text().append(' ').append(String.join(" ", lines));
                continue;
            }
            CueTiming time = CueTiming.parse(lines.get(timing), file, block.lineOf(timing), NOTATION);
            cues.add(new Cue(time, new StringBuilder(String.join(" ", lines.subList(timing + 1, lines.size())))));
        }
        List<String> texts = cues.stream().map(c -> CueMarkup.plain(c.text().toString())).toList();
        SpeakerPrefixes prefixes = new SpeakerPrefixes(texts);
        TurnCollector turns = new TurnCollector();
        for (int i = 0; i < cues.size(); i++) {
            SpeakerPrefixes.Split split = prefixes.split(texts.get(i));
            CueTiming time = cues.get(i).time();
            if (split == null) {
                turns.continueWith(time.startMs(), time.endMs(), texts.get(i));
            } else {
                turns.add(split.speaker(), null, null, time.startMs(), time.endMs(), split.text());
            }
        }
        return turns.finish(NAME, file, Map.of(), null);
    }

    private record Cue(CueTiming time, StringBuilder text) {
    }
}
