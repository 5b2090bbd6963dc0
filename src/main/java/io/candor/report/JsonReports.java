package io.candor.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON form of the views: record components in snake_case (deal_id, fault_score, start_ms), nulls
 * kept (start_ms is null where the transcript has no times; the contract says so).
 */
public final class JsonReports {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReports() {
    }

    public static String render(Object view) {
        return MAPPER.writeValueAsString(view) + "\n";
    }

    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }
}
