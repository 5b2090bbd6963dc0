package io.candor.generate;

import io.candor.domain.Call;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** WhisperX diarized output: sentence-sized {@code segments[] {start, end (s), text, speaker "SPEAKER_00"}}. */
final class WhisperxJsonRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "whisperx-json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public boolean labelsOnly() {
        return true;
    }

    @Override
    public Map<String, String> speakerNames(Call call) {
        return TranscriptRenderer.labels(call, i -> String.format("SPEAKER_%02d", i));
    }

    @Override
    public String render(Call call, Random random) {
        Map<String, String> labels = speakerNames(call);
        ObjectNode root = JsonOut.object();
        ArrayNode segments = root.putArray("segments");
        for (Cue cue : Cue.of(call.turns())) {
            // Whisper keeps the leading space of each segment's text.
            segments.addObject().put("start", JsonOut.seconds(cue.startMs())).put("end", JsonOut.seconds(cue.endMs()))
                    .put("text", " " + cue.text()).put("speaker", labels.get(cue.speaker()));
        }
        root.put("language", "en");
        return JsonOut.write(root);
    }
}
