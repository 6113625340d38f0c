package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;

/**
 * The one JSON form of a digital objective: {@code templateId}, {@code values} (sorted by field, so the same
 * objective always gives the same bytes), {@code text} and {@code deadline} (YYYY-MM-DD or null). Used by the
 * result file and the assessment store.
 */
public final class ObjectiveCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ObjectiveCodec() {
    }

    public static ObjectNode toJson(DigitalObjective objective) {
        ObjectNode node = NODES.objectNode();
        node.put("templateId", objective.templateId());
        ObjectNode values = node.putObject("values");
        objective.values().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        node.put("text", objective.text());
        node.put("deadline", objective.deadline().map(LocalDate::toString).orElse(null));
        return node;
    }

    /**
     * Reads an objective; a deadline that is not a date is added to {@code problems} at
     * {@code pointer + "/deadline"} and read as none.
     */
    public static DigitalObjective fromJson(JsonNode node, String pointer, List<Problem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        node.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        Optional<LocalDate> deadline = Dates.read(node.get("deadline"), pointer + "/deadline", problems);
        return new DigitalObjective(node.path("templateId").asText(), values, node.path("text").asText(), deadline);
    }
}
