package io.candor.generate;

import io.candor.domain.Call;
import io.candor.domain.Turn;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Candor's own normalized call: the {@link Call} record with snake_case keys, turns with speaker,
 * e-mail, side and ms times. Sides are given, so such a call needs no role resolution.
 */
final class CandorJsonRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "candor-json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String render(Call call, Random random) {
        ObjectNode root = JsonOut.object();
        root.put("format", "candor-json");
        root.put("call_id", call.callId());
        root.put("deal_id", call.dealId());
        root.put("started_at", call.startedAt() == null ? null : call.startedAt().toString());
        root.put("title", call.title());
        ArrayNode turns = root.putArray("turns");
        for (Turn t : call.turns()) {
            turns.addObject().put("index", t.index()).put("speaker", t.speaker()).put("email", t.email())
                    .put("side", t.side().label()).put("start_ms", t.startMs()).put("end_ms", t.endMs()).put("text", t.text());
        }
        return JsonOut.write(root);
    }
}
