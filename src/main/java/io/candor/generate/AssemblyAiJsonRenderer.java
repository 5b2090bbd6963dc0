package io.candor.generate;

import io.candor.domain.Call;
import io.candor.domain.Turn;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** AssemblyAI transcript with speaker labels: {@code utterances[] {speaker "A", start, end (ms), text}}. */
final class AssemblyAiJsonRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "assemblyai-json";
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
        return TranscriptRenderer.labels(call, i -> String.valueOf((char) ('A' + i)));
    }

    @Override
    public String render(Call call, Random random) {
        Map<String, String> labels = speakerNames(call);
        ObjectNode root = JsonOut.object();
        root.put("id", Long.toHexString(random.nextLong()));
        root.put("status", "completed");
        root.put("language_code", "en_us");
        root.put("text", call.turns().stream().map(Turn::text).collect(Collectors.joining(" ")));
        ArrayNode utterances = root.putArray("utterances");
        for (Turn t : call.turns()) {
            utterances.addObject().put("speaker", labels.get(t.speaker())).put("start", t.startMs()).put("end", t.endMs())
                    .put("confidence", 0.9 + random.nextInt(100) / 1000.0).put("text", t.text());
        }
        return JsonOut.write(root);
    }
}
