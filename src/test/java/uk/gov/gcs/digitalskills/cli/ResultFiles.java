package uk.gov.gcs.digitalskills.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Result files for command tests, written from the real bundled questionnaire: each area answered at a
 * chosen strength, so a test says "planning weak, measurement at Working" and the file follows.
 */
final class ResultFiles {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode QUESTIONNAIRE = bundled("/questionnaires/gcs-digital-skills.json");
    static final JsonNode TOOLKIT = bundled("/questionnaires/gcs-digital-objectives.json");

    /** How an area is answered: every scale question at {@code scale}, choices and multis worst or best. */
    record Strength(int scale, boolean bestChoices) {
    }

    static final Strength AWARENESS = new Strength(1, false);  // about 19%
    static final Strength WORKING = new Strength(2, true);     // about 62%
    static final Strength PRACTITIONER = new Strength(3, true); // about 80%
    static final Strength EXPERT = new Strength(4, true);      // 100%

    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode answers;

    ResultFiles(String role) {
        root.put("format", "gcs-digital-skills-result");
        root.put("formatVersion", 1);
        root.put("assessmentId", UUID.nameUUIDFromBytes(role.getBytes()).toString());
        ObjectNode q = root.putObject("questionnaire");
        q.put("id", QUESTIONNAIRE.get("id").asText());
        q.put("version", QUESTIONNAIRE.get("version").asText());
        ObjectNode respondent = root.putObject("respondent");
        respondent.put("name", "Test Person");
        respondent.put("role", role);
        respondent.put("grade", (String) null);
        respondent.put("organisation", (String) null);
        answers = root.putObject("answers");
    }

    static ResultFiles forRole(String role) {
        return new ResultFiles(role);
    }

    /** Answers every question of the area at this strength. */
    ResultFiles area(String areaId, Strength strength) {
        for (JsonNode question : area(areaId).get("questions")) {
            answer(question, strength);
        }
        return this;
    }

    /** Answers only the first {@code count} questions of the area: the result is incomplete. */
    ResultFiles partly(String areaId, Strength strength, int count) {
        JsonNode questions = area(areaId).get("questions");
        for (int i = 0; i < count; i++) {
            answer(questions.get(i), strength);
        }
        return this;
    }

    ResultFiles raw(String questionId, JsonNode answer) {
        answers.set(questionId, answer);
        return this;
    }

    private void answer(JsonNode question, Strength strength) {
        String id = question.get("id").asText();
        switch (question.get("type").asText()) {
            case "scale" -> answers.put(id, strength.scale());
            case "choice" -> {
                JsonNode pick = null;
                for (JsonNode option : question.get("options")) {
                    boolean better = pick == null || (strength.bestChoices()
                            ? option.get("score").asInt() > pick.get("score").asInt()
                            : option.get("score").asInt() < pick.get("score").asInt());
                    if (better) {
                        pick = option;
                    }
                }
                answers.put(id, pick.get("id").asText());
            }
            default -> {
                ArrayNode picked = answers.putArray(id);
                if (strength.bestChoices()) {
                    question.get("options").forEach(o -> {
                        if (o.get("correct").asBoolean()) {
                            picked.add(o.get("id").asText());
                        }
                    });
                }
            }
        }
    }

    static JsonNode area(String areaId) {
        for (JsonNode area : QUESTIONNAIRE.get("areas")) {
            if (area.get("id").asText().equals(areaId)) {
                return area;
            }
        }
        throw new IllegalArgumentException(areaId);
    }

    Path write(Path folder, String name) {
        try {
            Path file = folder.resolve(name);
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode bundled(String resource) {
        try (InputStream in = ResultFiles.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one command line run. */
    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), folder -> {
            throw new AssertionError("the window must not open");
        });
        return new Run(code, out.toString(), err.toString());
    }

    static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
