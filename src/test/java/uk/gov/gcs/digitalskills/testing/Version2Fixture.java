package uk.gov.gcs.digitalskills.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The small schemaVersion 2 questionnaire in the test resources ("test-skills" 2027.1) and results for it, so
 * that tests of the version-2 rules do not depend on the content of the bundled questionnaires. In it, area
 * "planning" does not allow "n/a", "measurement.rate-b" does not either, and the other statements do.
 */
public final class Version2Fixture {
    public static final String RESOURCE = "/uk/gov/gcs/digitalskills/io/json/questionnaire-v2.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Version2Fixture() {
    }

    public static ObjectNode questionnaire() {
        try (InputStream in = Version2Fixture.class.getResourceAsStream(RESOURCE)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the questionnaire into {@code folder} (for --questionnaire or a data folder's questionnaires/). */
    public static Path writeQuestionnaire(Path folder) {
        return Fixtures.write(folder, "test-skills-2027.1.json", questionnaire());
    }

    /** A complete result for the given role: every statement rated 3, every knowledge item answered best. */
    public static ObjectNode completeResult(String role) {
        ObjectNode questionnaire = questionnaire();
        ObjectNode result = MAPPER.createObjectNode();
        result.put("format", "gcs-digital-skills-result");
        result.put("formatVersion", 1);
        result.put("assessmentId", "5c8e1a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d");
        result.putObject("questionnaire").put("id", "test-skills").put("version", "2027.1");
        result.putObject("respondent").put("name", "Sam Example").put("role", role).put("grade", "heo")
                .put("organisation", "cabinet-office");
        result.put("startedAt", "2027-04-02T09:00:00Z");
        result.put("completedAt", "2027-04-02T09:14:00Z");
        ObjectNode answers = result.putObject("answers");
        for (JsonNode area : questionnaire.get("areas")) {
            if (!IndependentScoring.appliesTo(area, role)) {
                continue;
            }
            for (JsonNode question : area.get("questions")) {
                String id = question.get("id").asText();
                switch (question.get("type").asText()) {
                    case "scale" -> answers.put(id, 3);
                    case "choice" -> {
                        JsonNode best = question.get("options").get(0);
                        for (JsonNode option : question.get("options")) {
                            best = option.get("score").asInt() > best.get("score").asInt() ? option : best;
                        }
                        answers.put(id, best.get("id").asText());
                    }
                    default -> {
                        var picked = answers.putArray(id);
                        question.get("options").forEach(o -> {
                            if (o.get("correct").asBoolean()) {
                                picked.add(o.get("id").asText());
                            }
                        });
                    }
                }
            }
        }
        result.putObject("evidence");
        return result;
    }
}
