package io.candor.generate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the generator; pretty-printed, as vendors' downloads usually are. */
final class JsonOut {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonOut() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }

    /** Seconds with millisecond precision, as ASR vendors report times. */
    static double seconds(long ms) {
        return Math.round(ms) / 1000.0;
    }
}
