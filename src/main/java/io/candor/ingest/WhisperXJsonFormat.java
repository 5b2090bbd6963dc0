package io.candor.ingest;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * WhisperX output after diarization: {@code segments[] {start, end, text, speaker}}, times in
 * seconds. WhisperX leaves {@code speaker} out where no speaker overlapped the segment; such a
 * segment continues the previous speaker.
 */
final class WhisperXJsonFormat extends JsonTranscriptFormat {

    static final String NAME = "whisperx-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean detects(JsonNode root) {
        if (!TranscriptJson.isArray(root, "segments")) {
            return false;
        }
        JsonNode first = root.get("segments").get(0);
        return first == null || (first.has("start") && first.has("text"));
    }

    @Override
    ParsedTranscript parse(JsonNode root, String file) throws TranscriptException {
        if (!TranscriptJson.isArray(root, "segments")) {
            throw notThisFormat(file, "a top-level 'segments' array");
        }
        TurnCollector turns = new TurnCollector();
        JsonNode segments = root.get("segments");
        for (int i = 0; i < segments.size(); i++) {
            JsonNode s = segments.get(i);
            String path = "segments[" + i + "]";
            turns.add(TranscriptJson.text(s, "speaker"), null, null,
                    TranscriptJson.secondsField(s, "start", path, file),
                    TranscriptJson.secondsField(s, "end", path, file),
                    TranscriptJson.requiredText(s, "text", path, file));
        }
        return turns.finish(NAME, file, Map.of(), null);
    }
}
