package io.candor.generate;

import io.candor.domain.Call;
import io.candor.domain.Turn;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Amazon Transcribe output: word items ({@code results.items}, punctuation as separate items without
 * times) and {@code results.speaker_labels.segments} saying who spoke when, times as strings in seconds.
 */
final class AwsTranscribeJsonRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "aws-transcribe-json";
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
        return TranscriptRenderer.labels(call, i -> "spk_" + i);
    }

    @Override
    public String render(Call call, Random random) {
        Map<String, String> labels = speakerNames(call);
        ObjectNode root = JsonOut.object();
        root.put("jobName", "candor-" + call.callId());
        root.put("status", "COMPLETED");
        ObjectNode results = root.putObject("results");
        results.putArray("transcripts").addObject().put("transcript", call.turns().stream().map(Turn::text).collect(Collectors.joining(" ")));
        ObjectNode speakerLabels = results.putObject("speaker_labels");
        speakerLabels.put("speakers", labels.size());
        ArrayNode segments = speakerLabels.putArray("segments");
        ArrayNode items = results.putArray("items");
        for (Turn turn : call.turns()) {
            String label = labels.get(turn.speaker());
            ObjectNode segment = segments.addObject().put("start_time", time(turn.startMs())).put("speaker_label", label)
                    .put("end_time", time(turn.endMs()));
            ArrayNode segmentItems = segment.putArray("items");
            String[] words = turn.text().split("\\s+");
            long step = Math.max(1, (turn.endMs() - turn.startMs()) / words.length);
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                String punctuation = word.matches(".*[.,!?;:]$") ? word.substring(word.length() - 1) : null;
                String content = punctuation == null ? word : word.substring(0, word.length() - 1);
                long start = turn.startMs() + w * step;
                if (!content.isEmpty()) {
                    items.addObject().put("start_time", time(start)).put("end_time", time(start + step - 10))
                            .put("type", "pronunciation").putArray("alternatives").addObject()
                            .put("confidence", String.format(Locale.ROOT, "%.4f", 0.9 + random.nextInt(100) / 1000.0)).put("content", content);
                    segmentItems.addObject().put("start_time", time(start)).put("end_time", time(start + step - 10)).put("speaker_label", label);
                }
                if (punctuation != null) {
                    items.addObject().put("type", "punctuation").putArray("alternatives").addObject()
                            .put("confidence", "0.0").put("content", punctuation);
                }
            }
        }
        return JsonOut.write(root);
    }

    private static String time(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }
}
