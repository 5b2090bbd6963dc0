package io.candor.cli;

import io.candor.index.FacetCount;
import io.candor.index.SearchRequest;
import io.candor.index.SearchResult;
import io.candor.index.Snippet;
import io.candor.index.TurnHit;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code candor search --json}: one object with snake_case keys, like the report JSON. */
final class SearchJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SearchJson() {
    }

    static String render(String query, SearchRequest request, SearchResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("query", query);
        root.put("total", result.total());
        root.put("total_exact", result.totalExact());
        root.put("offset", request.offset());
        root.put("limit", request.limit());
        ArrayNode hits = root.putArray("hits");
        result.hits().forEach(hit -> turn(hits.addObject(), hit, true));
        ObjectNode facets = root.putObject("facets");
        result.facets().forEach((dim, counts) -> {
            ArrayNode values = facets.putArray(dim);
            for (FacetCount c : counts) {
                values.addObject().put("value", c.value()).put("count", c.count());
            }
        });
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void turn(ObjectNode node, TurnHit hit, boolean isHit) {
        node.put("turn_id", hit.turnId());
        node.put("deal_id", hit.dealId());
        node.put("call_id", hit.callId());
        node.put("call_date", hit.callDate());
        node.put("rep", hit.rep());
        node.put("speaker", hit.speaker());
        node.put("side", hit.side());
        node.put("turn_index", hit.turnIndex());
        node.put("start_ms", hit.startMs());
        node.put("time", hit.time());
        node.put("text", hit.text());
        if (!isHit) {
            return;
        }
        node.put("score", hit.score());
        node.put("snippet", hit.snippet().marked("**", "**"));
        ArrayNode fragments = node.putArray("snippet_fragments");
        for (Snippet.Fragment f : hit.snippet().fragments()) {
            fragments.addObject().put("text", f.text()).put("highlighted", f.highlighted());
        }
        context(node.putArray("context_before"), hit.contextBefore());
        context(node.putArray("context_after"), hit.contextAfter());
    }

    private static void context(ArrayNode array, List<TurnHit> turns) {
        turns.forEach(t -> turn(array.addObject(), t, false));
    }
}
