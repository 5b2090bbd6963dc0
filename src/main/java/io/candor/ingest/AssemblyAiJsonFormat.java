package io.candor.ingest;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** AssemblyAI transcript with speaker labels: {@code utterances[] {speaker, start, end, text}}, times in ms. */
final class AssemblyAiJsonFormat extends JsonTranscriptFormat {

    static final String NAME = "assemblyai-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean detects(JsonNode root) {
        return TranscriptJson.isArray(root, "utterances")
                // a transcript requested without speaker_labels has "utterances": null next to "words"
                || (root.has("utterances") && root.has("words") && root.has("audio_duration"));
    }

    @Override
    ParsedTranscript parse(JsonNode root, String file) throws TranscriptException {
        if (!TranscriptJson.isArray(root, "utterances")) {
            throw new TranscriptException(file, null,
                    "no speaker turns found (utterances is missing or null: request the transcript with speaker_labels)");
        }
        TurnCollector turns = new TurnCollector();
        JsonNode utterances = root.get("utterances");
        for (int i = 0; i < utterances.size(); i++) {
            JsonNode u = utterances.get(i);
            String path = "utterances[" + i + "]";
            turns.add(TranscriptJson.text(u, "speaker"), null, null,
                    TranscriptJson.millisField(u, "start", path, file),
                    TranscriptJson.millisField(u, "end", path, file),
                    TranscriptJson.requiredText(u, "text", path, file));
        }
        return turns.finish(NAME, file, Map.of(), null);
    }
}
