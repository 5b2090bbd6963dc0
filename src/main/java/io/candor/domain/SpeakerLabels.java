package io.candor.domain;

import java.util.regex.Pattern;

/** Speaker names that are a recorder's labels rather than a person's name: diarization labels and device names. */
public final class SpeakerLabels {

    private static final Pattern DIARIZATION_LABEL = Pattern.compile("(?i)(speaker[ _-]?\\d+|spk[ _-]?\\d+|[a-z]|\\d+)");

    private static final Pattern DEVICE_NAME = Pattern.compile(
            "(?i).*\\b(iphone|ipad|android|galaxy|pixel|phone|laptop|macbook|desktop|pc|conference room|meeting room)\\b.*");

    private SpeakerLabels() {
    }

    /** "A", "0", "SPEAKER_01", "spk_2". */
    public static boolean isDiarizationLabel(String speaker) {
        return speaker != null && DIARIZATION_LABEL.matcher(speaker.strip()).matches();
    }

    /** "Tasha's iPhone", "Boardroom PC": a device a person joined from. */
    public static boolean isDeviceName(String speaker) {
        return speaker != null && DEVICE_NAME.matcher(speaker.strip()).matches();
    }
}
