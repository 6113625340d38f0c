package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.testing.Fixtures;
import uk.gov.gcs.digitalskills.testing.IndependentScoring;
import uk.gov.gcs.digitalskills.testing.Version2Fixture;

/**
 * The {@code score} command against a second, independent reading of DESIGN.md §3.2 ({@link IndependentScoring},
 * from the raw JSON with integer fractions), over many random results of EVERY bundled questionnaire version,
 * as shipped and with random weights: complete and incomplete, all-max and all-zero, over- and under-raters,
 * "n/a" wherever it is allowed, every role. Parts, calibration and the overall parts are compared too.
 */
class ScoreAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @TempDir
    Path temp;

    static Stream<String> bundledQuestionnaires() {
        return ContentLibrary.bundledQuestionnaireResources().stream();
    }

    @ParameterizedTest
    @MethodSource("bundledQuestionnaires")
    void scoreAgreesWithAnIndependentImplementationOnRandomResults(String resource) throws Exception {
        ObjectNode shipped;
        try (InputStream in = ScoreAgreementTest.class.getResourceAsStream(resource)) {
            shipped = (ObjectNode) JSON.readTree(in);
        }
        agree(shipped, new Random(20261121), 200);
        // Weights in halves and quarters exercise the exact arithmetic.
        ObjectNode weighted = shipped.deepCopy();
        Random weights = new Random(7);
        weighted.get("areas").forEach(a -> a.get("questions").forEach(question -> {
            if (weights.nextInt(4) == 0) {
                ((ObjectNode) question).put("weight",
                        new BigDecimal(1 + weights.nextInt(8)).divide(BigDecimal.valueOf(4)));
            }
        }));
        agree(weighted, new Random(20270401), 200);
    }

    @Test
    void scoreAgreesOnTheSchemaVersionTwoFixtureWhereNotApplicableIsAllowedOnlyInPlaces() throws Exception {
        // Until a bundled version uses schemaVersion 2, this is what exercises "n/a" only where allowed.
        agree(Version2Fixture.questionnaire(), new Random(2027), 150);
    }

    private void agree(ObjectNode questionnaire, Random random, int count) throws Exception {
        Path questionnaireFile = Fixtures.write(temp, "q.json", questionnaire);
        List<String> roles = new ArrayList<>();
        questionnaire.get("profile").get("roles").forEach(r -> roles.add(r.get("id").asText()));
        CliRunner cli = new CliRunner(temp.resolve("data"));
        for (int i = 0; i < count; i++) {
            String role = roles.get(random.nextInt(roles.size()));
            ObjectNode result = randomResult(questionnaire, role, random, i);
            Path file = Fixtures.write(temp, "r" + i + ".dsa.json", result);
            CliRunner.Run run = cli.run("score", file.toString(), "--questionnaire", questionnaireFile.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(JSON.readTree(run.out())).as("%s result %d for role %s",
                            questionnaire.get("version").asText(), i, role)
                    .isEqualTo(asPrinted(IndependentScoring.score(questionnaire, role, result.get("answers"))));
        }
    }

    /** The expected tree as it reads back from text, so numbers compare as printed. */
    private static JsonNode asPrinted(JsonNode tree) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(tree));
    }

    private static ObjectNode randomResult(ObjectNode questionnaire, String role, Random random, int i) {
        ObjectNode result = Fixtures.completeResult(role, 0);
        result.putObject("questionnaire").put("id", questionnaire.get("id").asText())
                .put("version", questionnaire.get("version").asText());
        ObjectNode answers = ((ObjectNode) result.get("answers")).removeAll();
        // Styles: 0 random, 1 all best, 2 all worst, 3 many n/a, 4 mostly unanswered,
        // 5 top self-ratings with wrong knowledge answers, 6 bottom self-ratings with right ones.
        int style = i % 7;
        for (JsonNode area : questionnaire.get("areas")) {
            for (JsonNode q : area.get("questions")) {
                if (style == 4 ? random.nextInt(3) > 0 : random.nextInt(12) == 0) {
                    continue;
                }
                String id = q.get("id").asText();
                JsonNode options = q.get("options");
                boolean best = style == 1 || style == 6;
                boolean worst = style == 2 || style == 5;
                switch (q.get("type").asText()) {
                    case "scale" -> {
                        boolean na = IndependentScoring.notApplicableAllowed(questionnaire, area, q)
                                && (style == 3 ? random.nextBoolean() : random.nextInt(10) == 0);
                        if (na) {
                            answers.put(id, "n/a");
                        } else {
                            int top = IndependentScoring.scaleMax(questionnaire);
                            answers.put(id, style == 1 || style == 5 ? top : style == 2 || style == 6 ? 0
                                    : random.nextInt(top + 1));
                        }
                    }
                    case "choice" -> answers.put(id, best || worst ? extremeOption(options, best)
                            : options.get(random.nextInt(options.size())).get("id").asText());
                    default -> {
                        ArrayNode picked = answers.putArray(id);
                        for (JsonNode option : options) {
                            boolean pick = best ? option.get("correct").asBoolean()
                                    : worst ? !option.get("correct").asBoolean() : random.nextBoolean();
                            if (pick) {
                                picked.add(option.get("id").asText());
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    private static String extremeOption(JsonNode options, boolean highest) {
        JsonNode chosen = options.get(0);
        for (JsonNode option : options) {
            int score = option.get("score").asInt();
            if (highest ? score > chosen.get("score").asInt() : score < chosen.get("score").asInt()) {
                chosen = option;
            }
        }
        return chosen.get("id").asText();
    }
}
