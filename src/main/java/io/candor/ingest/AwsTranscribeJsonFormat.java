package io.candor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Amazon Transcribe output with speaker partitioning. Word level: {@code results.items} (each word's
 * speaker from its own {@code speaker_label}, else from {@code results.speaker_labels.segments});
 * punctuation items attach to the word before them. Without speaker labels on words, the newer
 * {@code results.audio_segments} (one transcript per segment) are used. Times are decimal seconds in strings.
 */
final class AwsTranscribeJsonFormat extends JsonTranscriptFormat {

    static final String NAME = "aws-transcribe-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean detects(JsonNode root) {
        JsonNode results = root.get("results");
        return results != null && results.isObject() && (TranscriptJson.isArray(results, "items")
                || TranscriptJson.isArray(results, "audio_segments") || results.has("speaker_labels"));
    }

    @Override
    ParsedTranscript parse(JsonNode root, String file) throws TranscriptException {
        JsonNode results = root.get("results");
        if (results == null || !results.isObject()) {
            throw notThisFormat(file, "a 'results' object");
        }
        TurnCollector turns = new TurnCollector();
        if (TranscriptJson.isArray(results, "items") && hasSpeakerLabels(results)) {
            addWords(turns, results, file);
        } else if (TranscriptJson.isArray(results, "audio_segments")) {
            addAudioSegments(turns, results.get("audio_segments"), file);
        } else {
            throw new TranscriptException(file, null,
                    "no speaker turns found (no results.speaker_labels and no results.audio_segments: was speaker partitioning off?)");
        }
        return turns.finish(NAME, file, Map.of(), null);
    }

    private static boolean hasSpeakerLabels(JsonNode results) {
        JsonNode labels = results.get("speaker_labels");
        if (labels != null && TranscriptJson.isArray(labels, "segments")) {
            return true;
        }
        for (JsonNode item : results.get("items")) {
            if (item.has("speaker_label")) {
                return true;
            }
        }
        return false;
    }

    private static void addAudioSegments(TurnCollector turns, JsonNode segments, String file) throws TranscriptException {
        for (int i = 0; i < segments.size(); i++) {
            JsonNode s = segments.get(i);
            String path = "results.audio_segments[" + i + "]";
            turns.add(TranscriptJson.text(s, "speaker_label"), null, null,
                    TranscriptJson.secondsField(s, "start_time", path, file),
                    TranscriptJson.secondsField(s, "end_time", path, file),
                    TranscriptJson.requiredText(s, "transcript", path, file));
        }
    }

    private static void addWords(TurnCollector turns, JsonNode results, String file) throws TranscriptException {
        SpeakerSegments segments = SpeakerSegments.of(results.get("speaker_labels"), file);
        List<Word> words = new ArrayList<>();
        JsonNode items = results.get("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "results.items[" + i + "]";
            String content = content(item, path, file);
            if ("punctuation".equals(TranscriptJson.text(item, "type"))) {
                if (!words.isEmpty()) {
                    words.get(words.size() - 1).text.append(content);
                }
                continue;
            }
            long start = TranscriptJson.secondsField(item, "start_time", path, file);
            long end = TranscriptJson.secondsField(item, "end_time", path, file);
            String speaker = TranscriptJson.text(item, "speaker_label");
            words.add(new Word(speaker != null ? speaker : segments.speakerAt(start), start, end, new StringBuilder(content)));
        }
        for (Word w : words) {
            turns.add(w.speaker, null, null, w.startMs, w.endMs, w.text.toString());
        }
    }

    private static String content(JsonNode item, String path, String file) throws TranscriptException {
        JsonNode alternatives = item.get("alternatives");
        if (alternatives == null || !alternatives.isArray() || alternatives.isEmpty()) {
            throw new TranscriptException(file, null, path + ".alternatives: expected at least one alternative");
        }
        return TranscriptJson.requiredText(alternatives.get(0), "content", path + ".alternatives[0]", file);
    }

    private record Word(String speaker, long startMs, long endMs, StringBuilder text) {
    }

    /** results.speaker_labels.segments: who spoke when, and which word start times each segment lists. */
    private record SpeakerSegments(Map<Long, String> byWordStart, List<long[]> ranges, List<String> rangeSpeakers) {

        static SpeakerSegments of(JsonNode labels, String file) throws TranscriptException {
            SpeakerSegments s = new SpeakerSegments(new HashMap<>(), new ArrayList<>(), new ArrayList<>());
            JsonNode segments = labels == null ? null : labels.get("segments");
            if (segments == null || !segments.isArray()) {
                return s;
            }
            for (int i = 0; i < segments.size(); i++) {
                JsonNode seg = segments.get(i);
                String path = "results.speaker_labels.segments[" + i + "]";
                String speaker = TranscriptJson.requiredText(seg, "speaker_label", path, file);
                s.ranges.add(new long[] {TranscriptJson.secondsField(seg, "start_time", path, file),
                        TranscriptJson.secondsField(seg, "end_time", path, file)});
                s.rangeSpeakers.add(speaker);
                JsonNode items = seg.get("items");
                if (items != null && items.isArray()) {
                    for (int j = 0; j < items.size(); j++) {
                        JsonNode item = items.get(j);
                        String at = path + ".items[" + j + "]";
                        s.byWordStart.put(TranscriptJson.secondsField(item, "start_time", at, file),
                                TranscriptJson.text(item, "speaker_label") != null ? TranscriptJson.text(item, "speaker_label") : speaker);
                    }
                }
            }
            return s;
        }

        /** The speaker the segments give for a word starting at this time; null (continue) when none covers it. */
        String speakerAt(long startMs) {
            String listed = byWordStart.get(startMs);
            if (listed != null) {
                return listed;
            }
            for (int i = 0; i < ranges.size(); i++) {
                if (ranges.get(i)[0] <= startMs && startMs < ranges.get(i)[1]) {
                    return rangeSpeakers.get(i);
                }
            }
            return null;
        }
    }
}
