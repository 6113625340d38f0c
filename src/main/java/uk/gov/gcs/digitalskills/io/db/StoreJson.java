package uk.gov.gcs.digitalskills.io.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;

/** The JSON text kept in the store's columns: answers as in result files (3, "b", ["a","c"], "n/a") and objectives. */
final class StoreJson {
    static final String NOT_APPLICABLE = "n/a";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoreJson() {
    }

    static String answer(Answer answer) {
        JsonNode node;
        if (answer instanceof Answer.ScaleValue scale) {
            node = NODES.numberNode(scale.value());
        } else if (answer instanceof Answer.Choice choice) {
            node = NODES.textNode(choice.optionId());
        } else if (answer instanceof Answer.Multi multi) {
            ArrayNode list = NODES.arrayNode();
            multi.optionIds().forEach(list::add);
            node = list;
        } else {
            node = NODES.textNode(NOT_APPLICABLE);
        }
        return node.toString();
    }

    static Answer answer(String json) {
        JsonNode value = parse(json);
        if (value.isIntegralNumber()) {
            return new Answer.ScaleValue(value.intValue());
        }
        if (value.isTextual()) {
            return NOT_APPLICABLE.equals(value.textValue()) ? Answer.NOT_APPLICABLE : new Answer.Choice(value.textValue());
        }
        if (value.isArray()) {
            List<String> ids = new ArrayList<>();
            value.forEach(item -> ids.add(item.asText()));
            return new Answer.Multi(ids);
        }
        throw new DatabaseException(DatabaseException.Kind.READ, new IllegalArgumentException("not an answer: " + json));
    }

    static String objective(DigitalObjective objective) {
        ObjectNode root = NODES.objectNode();
        root.put("templateId", objective.templateId());
        ObjectNode values = root.putObject("values");
        new TreeMap<>(objective.values()).forEach(values::put);
        root.put("text", objective.text());
        root.put("deadline", objective.deadline().map(LocalDate::toString).orElse(null));
        return root.toString();
    }

    static DigitalObjective objective(String json) {
        JsonNode root = parse(json);
        Map<String, String> values = new TreeMap<>();
        root.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        JsonNode deadline = root.get("deadline");
        return new DigitalObjective(root.path("templateId").asText(), values, root.path("text").asText(),
                deadline == null || deadline.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(deadline.asText())));
    }

    private static JsonNode parse(String json) {
        try {
            return JsonSupport.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new DatabaseException(DatabaseException.Kind.READ, e);
        }
    }
}
