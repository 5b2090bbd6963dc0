package io.candor.ingest;

import static io.candor.ingest.CandorJsonFormat.*;

import io.candor.domain.Call;
import io.candor.domain.Turn;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a call as candor-json (the format {@link CandorJsonFormat} reads back to the same turns). */
public final class CandorJsonWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CandorJsonWriter() {
    }

    public static String write(Call call) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(CANDOR, VERSION);
        root.put(CALL_ID, call.callId());
        root.put(DEAL_ID, call.dealId());
        root.put(STARTED_AT, call.startedAt() == null ? null : call.startedAt().toString());
        root.put(TITLE, call.title());
        ArrayNode turns = root.putArray(TURNS);
        for (Turn t : call.turns()) {
            ObjectNode turn = turns.addObject();
            turn.put(SPEAKER, t.speaker());
            turn.put(EMAIL, t.email());
            turn.put(SIDE, t.side().label());
            turn.put(START_MS, t.startMs());
            turn.put(END_MS, t.endMs());
            turn.put(TEXT, t.text());
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }
}
