package io.candor.generate;

import io.candor.domain.Call;
import io.candor.domain.Turn;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Deepgram pre-recorded response with utterances: {@code results.utterances[] {speaker 0, start, end (s), transcript}}. */
final class DeepgramJsonRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "deepgram-json";
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
        return TranscriptRenderer.labels(call, String::valueOf);
    }

    @Override
    public String render(Call call, Random random) {
        Map<String, String> labels = speakerNames(call);
        ObjectNode root = JsonOut.object();
        long last = call.turns().isEmpty() ? 0 : call.turns().get(call.turns().size() - 1).endMs();
        root.putObject("metadata").put("request_id", Long.toHexString(random.nextLong())).put("duration", JsonOut.seconds(last))
                .put("channels", 1);
        ObjectNode results = root.putObject("results");
        results.putArray("channels").addObject().putArray("alternatives").addObject()
                .put("transcript", call.turns().stream().map(Turn::text).collect(Collectors.joining(" ")));
        ArrayNode utterances = results.putArray("utterances");
        for (Turn t : call.turns()) {
            utterances.addObject().put("start", JsonOut.seconds(t.startMs())).put("end", JsonOut.seconds(t.endMs()))
                    .put("confidence", 0.9 + random.nextInt(100) / 1000.0).put("channel", 0)
                    .put("transcript", t.text()).put("speaker", Integer.parseInt(labels.get(t.speaker())));
        }
        return JsonOut.write(root);
    }
}
