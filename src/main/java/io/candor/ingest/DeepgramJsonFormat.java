package io.candor.ingest;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Deepgram pre-recorded response with {@code utterances=true&diarize=true}:
 * {@code results.utterances[] {speaker, start, end, transcript}}, times in seconds. The speaker is
 * Deepgram's number, kept as written ("0", "1"), which is how participants.csv names it.
 */
final class DeepgramJsonFormat extends JsonTranscriptFormat {

    static final String NAME = "deepgram-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean detects(JsonNode root) {
        JsonNode results = root.get("results");
        return results != null && (TranscriptJson.isArray(results, "utterances")
                || (TranscriptJson.isArray(results, "channels") && root.has("metadata")));
    }

    @Override
    ParsedTranscript parse(JsonNode root, String file) throws TranscriptException {
        JsonNode results = root.get("results");
        if (results == null || !TranscriptJson.isArray(results, "utterances")) {
            throw new TranscriptException(file, null,
                    "no speaker turns found (results.utterances is missing: request the transcript with utterances=true&diarize=true)");
        }
        TurnCollector turns = new TurnCollector();
        JsonNode utterances = results.get("utterances");
        for (int i = 0; i < utterances.size(); i++) {
            JsonNode u = utterances.get(i);
            String path = "results.utterances[" + i + "]";
            turns.add(TranscriptJson.text(u, "speaker"), null, null,
                    TranscriptJson.secondsField(u, "start", path, file),
                    TranscriptJson.secondsField(u, "end", path, file),
                    TranscriptJson.requiredText(u, "transcript", path, file));
        }
        return turns.finish(NAME, file, Map.of(), null);
    }
}
