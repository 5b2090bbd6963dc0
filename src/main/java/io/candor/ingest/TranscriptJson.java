package io.candor.ingest;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading JSON transcripts: one mapper that keeps decimals exact (times in seconds must convert to
 * the exact millisecond), and field accessors whose errors name the JSON path and the value found.
 */
final class TranscriptJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private TranscriptJson() {
    }

    /** A JSON document starts with '{', or with '[' followed by a value (not "[00:01:02]" or "[Name]"). */
    static boolean looksLikeJson(String content) {
        String s = TextBlocks.withoutBom(content).stripLeading();
        if (s.startsWith("{")) {
            return true;
        }
        if (!s.startsWith("[")) {
            return false;
        }
        String rest = s.substring(1).stripLeading();
        return rest.isEmpty() || "{[]\"".indexOf(rest.charAt(0)) >= 0;
    }

    /** @throws TranscriptException "broken JSON" with the line the parser stopped at */
    static JsonNode read(String content, String file) throws TranscriptException {
        try {
            return MAPPER.readTree(TextBlocks.withoutBom(content));
        } catch (JacksonException e) {
            Integer line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null : e.getLocation().getLineNr();
            throw new TranscriptException(file, line, "broken JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    /** The parsed document, or null when the content is not JSON or does not parse (for detection). */
    static JsonNode tryRead(String content) {
        if (!looksLikeJson(content)) {
            return null;
        }
        try {
            return MAPPER.readTree(TextBlocks.withoutBom(content));
        } catch (JacksonException e) {
            return null;
        }
    }

    static boolean isArray(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node != null && node.isArray();
    }

    /** A string or number field as text, null when missing or null. */
    static String text(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    /** A required field that holds decimal seconds, as a number or a numeric string ("12.34"). */
    static long secondsField(JsonNode parent, String field, String path, String file) throws TranscriptException {
        return Times.secondsToMs(decimal(parent, field, path, file, "seconds"));
    }

    /** A required field that holds milliseconds. */
    static long millisField(JsonNode parent, String field, String path, String file) throws TranscriptException {
        return Times.millis(decimal(parent, field, path, file, "milliseconds"));
    }

    /** An optional milliseconds field: null when missing or null. */
    static Long optionalMillis(JsonNode parent, String field, String path, String file) throws TranscriptException {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : millisField(parent, field, path, file);
    }

    private static BigDecimal decimal(JsonNode parent, String field, String path, String file, String unit)
            throws TranscriptException {
        JsonNode node = parent.get(field);
        try {
            if (node != null && node.isNumber()) {
                return node.decimalValue();
            }
            if (node != null && node.isString()) {
                return new BigDecimal(node.asString().strip());
            }
        } catch (NumberFormatException e) {
            // fall through to the error that names the value
        }
        String found = node == null || node.isNull() ? "nothing" : "'" + node.asString() + "'";
        throw new TranscriptException(file, null, path + "." + field + ": expected a number of " + unit + ", found " + found);
    }

    /** A required string field. */
    static String requiredText(JsonNode parent, String field, String path, String file) throws TranscriptException {
        String value = text(parent, field);
        if (value == null) {
            throw new TranscriptException(file, null, path + "." + field + ": missing");
        }
        return value;
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse("unreadable");
    }
}
