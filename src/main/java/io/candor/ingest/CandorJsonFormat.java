package io.candor.ingest;

import io.candor.domain.Side;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Candor's own normalized call, as {@link CandorJsonWriter} writes it, so any recorder's output can
 * be converted in. Sides written in the file count as transcript metadata.
 */
final class CandorJsonFormat extends JsonTranscriptFormat {

    static final String NAME = "candor-json";
    static final int VERSION = 1;
    // Field names of the format; the writer uses the same constants so the two cannot drift apart.
    static final String CANDOR = "candor";
    static final String CALL_ID = "call_id";
    static final String DEAL_ID = "deal_id";
    static final String STARTED_AT = "started_at";
    static final String TITLE = "title";
    static final String TURNS = "turns";
    static final String SPEAKER = "speaker";
    static final String EMAIL = "email";
    static final String SIDE = "side";
    static final String START_MS = "start_ms";
    static final String END_MS = "end_ms";
    static final String TEXT = "text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean detects(JsonNode root) {
        return root.has(CANDOR) && TranscriptJson.isArray(root, TURNS);
    }

    @Override
    ParsedTranscript parse(JsonNode root, String file) throws TranscriptException {
        if (!detects(root)) {
            throw notThisFormat(file, "an object with \"candor\": 1 and a \"turns\" array");
        }
        JsonNode version = root.get(CANDOR);
        if (!version.isIntegralNumber() || version.asInt() != VERSION) {
            throw new TranscriptException(file, null, "candor-json version '" + version.asString() + "' is not supported (expected " + VERSION + ")");
        }
        Map<String, ParsedTranscript.SpeakerInfo> speakers = new LinkedHashMap<>();
        TurnCollector turns = new TurnCollector();
        JsonNode list = root.get(TURNS);
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String path = TURNS + "[" + i + "]";
            String speaker = TranscriptJson.requiredText(t, SPEAKER, path, file).strip();
            String email = TranscriptJson.text(t, EMAIL);
            Side side = side(TranscriptJson.text(t, SIDE), path, file);
            speakers.merge(speaker, new ParsedTranscript.SpeakerInfo(speaker, email, side, null),
                    (known, next) -> known.side() == Side.UNKNOWN ? next : known);
            turns.add(speaker, email, side,
                    TranscriptJson.optionalMillis(t, START_MS, path, file),
                    TranscriptJson.optionalMillis(t, END_MS, path, file),
                    TranscriptJson.requiredText(t, TEXT, path, file));
        }
        return turns.finish(NAME, file, speakers, startedAt(TranscriptJson.text(root, STARTED_AT), file));
    }

    private static Side side(String value, String path, String file) throws TranscriptException {
        if (value == null || value.isBlank()) {
            return Side.UNKNOWN;
        }
        try {
            return Side.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TranscriptException(file, null, path + "." + SIDE + ": '" + value + "' is not seller, buyer or unknown");
        }
    }

    private static Instant startedAt(String value, String file) throws TranscriptException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new TranscriptException(file, null, STARTED_AT + ": '" + value + "' is not an ISO-8601 date-time with offset, e.g. 2026-06-03T15:00:00Z");
        }
    }
}
