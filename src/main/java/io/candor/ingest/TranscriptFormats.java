package io.candor.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The supported transcript formats, by name and by content. Detection order matters: JSON formats
 * by their distinctive keys first, then WebVTT (its header), SubRip (numbered timing lines), and
 * plain text last because almost anything with "Name:" lines looks like it.
 */
public final class TranscriptFormats {

    /** The format name that asks for detection from content. */
    public static final String AUTO = "auto";

    private static final List<JsonTranscriptFormat> JSON_FORMATS = List.of(
            new CandorJsonFormat(), new GongJsonFormat(), new AwsTranscribeJsonFormat(),
            new AssemblyAiJsonFormat(), new DeepgramJsonFormat(), new WhisperXJsonFormat());
    private static final List<TranscriptFormat> TEXT_FORMATS = List.of(
            new VttFormat(), new SrtFormat(), new PlainTextFormat());

    private TranscriptFormats() {
    }

    /** Every format, in detection order. */
    public static List<TranscriptFormat> all() {
        return java.util.stream.Stream.concat(JSON_FORMATS.stream(), TEXT_FORMATS.stream()).toList();
    }

    /** Every format name, in detection order. */
    public static List<String> names() {
        return all().stream().map(TranscriptFormat::name).toList();
    }

    /** True for "auto" (or blank) and for every format name, case-insensitively. */
    public static boolean isKnown(String name) {
        return name == null || name.isBlank() || name.strip().equalsIgnoreCase(AUTO) || byName(name).isPresent();
    }

    public static Optional<TranscriptFormat> byName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    /** The format the content is in, or empty. A JSON document is parsed once for all JSON formats. */
    public static Optional<TranscriptFormat> detect(String content) {
        if (TranscriptJson.looksLikeJson(content)) {
            JsonNode root = TranscriptJson.tryRead(content);
            return root == null ? Optional.empty() : detectJson(root);
        }
        return TEXT_FORMATS.stream().filter(f -> f.detects(content)).findFirst();
    }

    private static Optional<TranscriptFormat> detectJson(JsonNode root) {
        return JSON_FORMATS.stream().filter(f -> f.detects(root)).<TranscriptFormat>map(f -> f).findFirst();
    }

    /**
     * Parses decoded content as the named format, or as the detected one for "auto".
     *
     * @throws TranscriptException for an unknown format name, content no format recognises, broken
     *                             JSON, or whatever the chosen format rejects
     */
    static ParsedTranscript parse(String content, String file, String formatName) throws TranscriptException {
        if (!isKnown(formatName)) {
            throw new TranscriptException(file, null, "unknown format name '" + formatName + "' (known: "
                    + AUTO + ", " + String.join(", ", names()) + ")");
        }
        if (formatName != null && !formatName.isBlank() && !formatName.strip().equalsIgnoreCase(AUTO)) {
            return byName(formatName).orElseThrow().parse(content, file);
        }
        if (TranscriptJson.looksLikeJson(content)) {
            JsonNode root = TranscriptJson.read(content, file);
            JsonTranscriptFormat format = JSON_FORMATS.stream().filter(f -> f.detects(root)).findFirst()
                    .orElseThrow(() -> new TranscriptException(file, null, "unknown format: JSON with top-level keys "
                            + topLevelKeys(root) + " is none of " + String.join(", ", JSON_FORMATS.stream().map(TranscriptFormat::name).toList())));
            return format.parse(root, file);
        }
        for (TranscriptFormat format : TEXT_FORMATS) {
            if (format.detects(content)) {
                return format.parse(content, file);
            }
        }
        throw new TranscriptException(file, null, "unknown format: not JSON, no WEBVTT header, no SubRip cue timing, and fewer than two "
                + "'Name: words' lines (first line: '" + abbreviate(content.lines().findFirst().orElse("")) + "')");
    }

    private static String topLevelKeys(JsonNode root) {
        return root.isObject() ? root.propertyNames().toString() : "(a " + root.getNodeType().toString().toLowerCase(Locale.ROOT) + ", not an object)";
    }

    private static String abbreviate(String s) {
        String line = TextBlocks.withoutBom(s).strip();
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
