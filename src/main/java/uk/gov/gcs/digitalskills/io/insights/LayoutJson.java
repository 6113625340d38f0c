package uk.gov.gcs.digitalskills.io.insights;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.io.json.AnswerCodec;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;

/** The JSON the insights store keeps in text columns: layouts, answers and area scores. */
final class LayoutJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private LayoutJson() {
    }

    static String write(Layout layout) {
        ObjectNode root = NODES.objectNode();
        root.put("id", layout.ref().id());
        root.put("version", layout.ref().version());
        ArrayNode areas = root.putArray("areas");
        layout.areas().forEach(a -> areas.addObject().put("id", a.id()).put("title", a.title()).put("core", a.core()));
        ArrayNode questions = root.putArray("questions");
        layout.questions().forEach(q -> {
            ObjectNode node = questions.addObject().put("id", q.id()).put("area", q.areaId())
                    .put("text", q.text()).put("max", q.max()).put("weight", q.weight());
            if (q.part() != Layout.Part.UNKNOWN) {
                node.put("part", q.part() == Layout.Part.SELF_RATING ? "self-rating" : "knowledge");
            }
        });
        ArrayNode levels = root.putArray("levels");
        layout.levels().forEach(l -> levels.addObject().put("id", l.id()).put("label", l.label())
                .put("minPercent", l.minPercent()));
        labels(root.putObject("roles"), layout.roles());
        labels(root.putObject("grades"), layout.grades());
        labels(root.putObject("organisations"), layout.organisations());
        return text(root);
    }

    static Layout read(String json) {
        JsonNode root = parse(json);
        List<Layout.AreaInfo> areas = new ArrayList<>();
        root.path("areas").forEach(a -> areas.add(new Layout.AreaInfo(a.path("id").asText(), a.path("title").asText(),
                a.path("core").asBoolean())));
        List<Layout.QuestionInfo> questions = new ArrayList<>();
        // Layouts stored before store version 2 have no weight or part: weight 1, part unknown, until
        // InsightsService replaces them from the questionnaire (InsightsStore.replaceLayout).
        root.path("questions").forEach(q -> questions.add(new Layout.QuestionInfo(q.path("id").asText(),
                q.path("area").asText(), q.path("text").asText(), q.path("max").asInt(),
                q.hasNonNull("weight") ? q.get("weight").decimalValue() : BigDecimal.ONE,
                switch (q.path("part").asText("")) {
                    case "self-rating" -> Layout.Part.SELF_RATING;
                    case "knowledge" -> Layout.Part.KNOWLEDGE;
                    default -> Layout.Part.UNKNOWN;
                })));
        List<Level> levels = new ArrayList<>();
        root.path("levels").forEach(l -> levels.add(new Level(l.path("id").asText(), l.path("label").asText(),
                l.path("minPercent").decimalValue())));
        return new Layout(new QuestionnaireRef(root.path("id").asText(), root.path("version").asText()), areas,
                questions, levels, labels(root.path("roles")), labels(root.path("grades")),
                labels(root.path("organisations")));
    }

    /**
     * The answers as one compact JSON object, each in the result file's own form ({@link AnswerCodec}).
     * Written straight to text, without a tree, as an import writes thousands; the text is the same as
     * the tree of {@link AnswerCodec#toJson} written compactly (LayoutJsonTest compares them).
     */
    static String answers(Map<String, Answer> answers) {
        StringWriter out = new StringWriter(32 * answers.size() + 2);
        // The factory's generator: compact, without the mapper's indentation.
        try (JsonGenerator g = JsonSupport.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Answer> entry : answers.entrySet()) {
                g.writeFieldName(entry.getKey());
                Answer answer = entry.getValue();
                if (answer instanceof Answer.ScaleValue scale) {
                    g.writeNumber(scale.value());
                } else if (answer instanceof Answer.Choice choice) {
                    g.writeString(choice.optionId());
                } else if (answer instanceof Answer.Multi multi) {
                    g.writeStartArray();
                    for (String optionId : multi.optionIds()) {
                        g.writeString(optionId);
                    }
                    g.writeEndArray();
                } else {
                    g.writeString(Answer.NotApplicable.CODE);
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("answers could not be written as JSON", e);
        }
        return out.toString();
    }

    static String areaScores(Map<String, BigDecimal> percents) {
        ObjectNode root = NODES.objectNode();
        percents.forEach(root::put);
        return text(root);
    }

    private static void labels(ObjectNode node, Map<String, String> labels) {
        labels.forEach(node::put);
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static String text(JsonNode node) {
        try {
            return JsonSupport.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JsonSupport.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the insights store holds a damaged layout", e);
        }
    }
}
