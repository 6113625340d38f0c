package uk.gov.gcs.digitalskills.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;

/** The real bundled files, as editable JSON trees, for tests that break them on purpose. */
public final class Fixtures {
    public static final Path QUESTIONNAIRE = Path.of("questionnaires/gcs-digital-skills.json");
    public static final Path TOOLKIT = Path.of("questionnaires/gcs-digital-objectives.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    public static ObjectNode tree(Path file) {
        try {
            return (ObjectNode) MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path folder, String name, JsonNode tree) {
        return write(folder, name, tree.toPrettyString());
    }

    public static Path write(Path folder, String name, String content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the bundled questionnaire with one change made to it. */
    public static ObjectNode questionnaireWith(Consumer<ObjectNode> change) {
        ObjectNode tree = tree(QUESTIONNAIRE);
        change.accept(tree);
        return tree;
    }

    /**
     * A complete result for the bundled questionnaire: every question for the given role answered with its
     * first option (scale questions with {@code scaleValue}).
     */
    public static ObjectNode completeResult(String role, int scaleValue) {
        ObjectNode questionnaire = tree(QUESTIONNAIRE);
        ObjectNode result = MAPPER.createObjectNode();
        result.put("format", "gcs-digital-skills-result");
        result.put("formatVersion", 1);
        result.put("assessmentId", "3f2b8c1e-9d4a-4e8b-a1c2-7e5f6d4c3b2a");
        result.putObject("questionnaire").put("id", questionnaire.get("id").asText())
                .put("version", questionnaire.get("version").asText());
        result.putObject("respondent").put("name", "Sam Example").put("role", role).put("grade", "heo")
                .put("organisation", "cabinet-office");
        result.put("startedAt", "2026-11-02T09:00:00Z");
        result.put("completedAt", "2026-11-02T09:14:00Z");
        ObjectNode answers = result.putObject("answers");
        for (JsonNode area : questionnaire.get("areas")) {
            JsonNode roles = area.path("roles");
            boolean applies = roles.isEmpty();
            for (Iterator<JsonNode> it = roles.elements(); it.hasNext(); ) {
                applies |= it.next().asText().equals(role);
            }
            if (!applies) {
                continue;
            }
            for (JsonNode question : area.get("questions")) {
                String id = question.get("id").asText();
                switch (question.get("type").asText()) {
                    case "scale" -> answers.put(id, scaleValue);
                    case "choice" -> answers.put(id, question.get("options").get(0).get("id").asText());
                    default -> answers.putArray(id).add(question.get("options").get(0).get("id").asText());
                }
            }
        }
        result.putObject("evidence");
        return result;
    }

    /** The id of the first question of the given type in the bundled questionnaire's first area. */
    public static String firstQuestion(String type) {
        for (JsonNode question : tree(QUESTIONNAIRE).get("areas").get(0).get("questions")) {
            if (question.get("type").asText().equals(type)) {
                return question.get("id").asText();
            }
        }
        throw new IllegalStateException("no " + type + " question in the first area");
    }
}
