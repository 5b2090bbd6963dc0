package io.candor.generate;

import io.candor.domain.Call;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Writes a call in one transcript format of corpus-format.md. */
interface TranscriptRenderer {

    /** The format name, as in calls.csv's format column. */
    String format();

    String extension();

    /** The file content. {@code random} picks among a format's dialects (Zoom or Teams WebVTT...). */
    String render(Call call, Random random);

    /**
     * The name each person appears under in the file: the real name, or a diarization label
     * ("A", "SPEAKER_00", "spk_0", "0") for ASR formats, which participants.csv then maps to a person.
     */
    default Map<String, String> speakerNames(Call call) {
        Map<String, String> names = new LinkedHashMap<>();
        call.turns().forEach(t -> names.putIfAbsent(t.speaker(), t.speaker()));
        return names;
    }

    /** Whether the file names its speakers only by diarization labels. */
    default boolean labelsOnly() {
        return false;
    }

    /** Speaker labels in order of first appearance: label(0), label(1)... */
    static Map<String, String> labels(Call call, java.util.function.IntFunction<String> label) {
        Map<String, String> names = new LinkedHashMap<>();
        call.turns().forEach(t -> names.computeIfAbsent(t.speaker(), n -> label.apply(names.size())));
        return names;
    }
}
