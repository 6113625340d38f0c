package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.testing.Fixtures;
import uk.gov.gcs.digitalskills.testing.IndependentScoring;

/**
 * The {@code score} command against a second, independent reading of DESIGN.md §3.2 written here from the
 * raw JSON with integer fractions, over many random results: complete and incomplete, all-max and all-zero,
 * n/a, random weights, every role.
 */
class ScoreAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @TempDir
    Path temp;

    @Test
    void scoreAgreesWithAnIndependentImplementationOnRandomResults() throws Exception {
        Random random = new Random(20261121);
        ObjectNode questionnaire = Fixtures.questionnaireWith(q -> {
            // Weights in halves and quarters exercise the exact arithmetic.
            Random weights = new Random(7);
            q.get("areas").forEach(a -> a.get("questions").forEach(question -> {
                if (weights.nextInt(4) == 0) {
                    ((ObjectNode) question).put("weight", new BigDecimal(1 + weights.nextInt(8)).divide(BigDecimal.valueOf(4)));
                }
            }));
        });
        Path questionnaireFile = Fixtures.write(temp, "weighted.json", questionnaire);
        List<String> roles = new ArrayList<>();
        questionnaire.get("profile").get("roles").forEach(r -> roles.add(r.get("id").asText()));
        CliRunner cli = new CliRunner(temp.resolve("data"));
        for (int i = 0; i < 300; i++) {
            String role = roles.get(random.nextInt(roles.size()));
            ObjectNode result = randomResult(questionnaire, role, random, i);
            Path file = Fixtures.write(temp, "r" + i + ".dsa.json", result);
            CliRunner.Run run = cli.run("score", file.toString(), "--questionnaire", questionnaireFile.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(JSON.readTree(run.out())).as("result %d for role %s", i, role)
                    .isEqualTo(asPrinted(expected(questionnaire, role, result.get("answers"))));
        }
    }

    /** The expected tree as it reads back from text, so numbers compare as printed. */
    private static JsonNode asPrinted(JsonNode tree) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(tree));
    }

    private static ObjectNode randomResult(ObjectNode questionnaire, String role, Random random, int i) {
        ObjectNode result = Fixtures.completeResult(role, 0);
        ObjectNode answers = ((ObjectNode) result.get("answers")).removeAll();
        // Styles: 0 random, 1 all best, 2 all worst, 3 many n/a, 4 mostly unanswered.
        int style = i % 5;
        for (JsonNode area : questionnaire.get("areas")) {
            for (JsonNode q : area.get("questions")) {
                if (style == 4 ? random.nextInt(3) > 0 : random.nextInt(12) == 0) {
                    continue;
                }
                String id = q.get("id").asText();
                JsonNode options = q.get("options");
                switch (q.get("type").asText()) {
                    case "scale" -> {
                        if (style == 3 ? random.nextBoolean() : random.nextInt(10) == 0) {
                            answers.put(id, "n/a");
                        } else {
                            answers.put(id, style == 1 ? 4 : style == 2 ? 0 : random.nextInt(5));
                        }
                    }
                    case "choice" -> answers.put(id, options.get(random.nextInt(options.size())).get("id").asText());
                    default -> {
                        ArrayNode picked = answers.putArray(id);
                        for (JsonNode option : options) {
                            boolean pick = style == 1 ? option.get("correct").asBoolean()
                                    : style == 2 ? !option.get("correct").asBoolean() : random.nextBoolean();
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

    /** A plain reading of the rules, deliberately not sharing code with the app. */
    private static JsonNode expected(JsonNode questionnaire, String role, JsonNode answers) {
        JsonNodeFactory f = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode out = f.objectNode();
        out.putObject("questionnaire").put("id", questionnaire.get("id").asText())
                .put("version", questionnaire.get("version").asText());
        ArrayNode unanswered = f.arrayNode();
        ArrayNode areas = f.arrayNode();
        List<BigDecimal[]> corePercents = new ArrayList<>();
        int scaleMax = IndependentScoring.scaleMax(questionnaire);
        for (JsonNode area : questionnaire.get("areas")) {
            if (!IndependentScoring.appliesTo(area, role)) {
                continue;
            }
            BigDecimal points = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            for (JsonNode q : area.get("questions")) {
                JsonNode answer = answers.get(q.get("id").asText());
                if (answer == null) {
                    unanswered.add(q.get("id").asText());
                    continue;
                }
                IndependentScoring.Item item = IndependentScoring.item(q, answer, scaleMax);
                if (item == null) {
                    continue;
                }
                BigDecimal weight = q.has("weight") ? q.get("weight").decimalValue() : BigDecimal.ONE;
                points = points.add(weight.multiply(BigDecimal.valueOf(item.points())));
                max = max.add(weight.multiply(BigDecimal.valueOf(item.max())));
            }
            ObjectNode a = areas.addObject();
            a.put("id", area.get("id").asText());
            a.put("title", area.get("title").asText());
            a.put("core", area.get("core").asBoolean());
            a.put("points", points.signum() == 0 ? BigDecimal.ZERO : points.stripTrailingZeros());
            a.put("max", max.signum() == 0 ? BigDecimal.ZERO : max.stripTrailingZeros());
            if (max.signum() == 0) {
                a.putNull("percent");
                a.putNull("level");
            } else {
                BigDecimal percent = roundedPercent(points.multiply(BigDecimal.valueOf(100)), max);
                a.put("percent", percent);
                a.put("level", level(questionnaire, percent));
                if (area.get("core").asBoolean()) {
                    corePercents.add(new BigDecimal[] {points.multiply(BigDecimal.valueOf(100)), max});
                }
            }
        }
        out.put("complete", unanswered.isEmpty());
        out.set("unanswered", unanswered);
        out.set("areas", areas);
        if (corePercents.isEmpty()) {
            out.putNull("overall");
        } else {
            // Mean of fractions n_i/d_i as one fraction of integers (scaled by 4 to clear quarter weights).
            BigInteger num = BigInteger.ZERO;
            BigInteger den = BigInteger.ONE;
            for (BigDecimal[] fraction : corePercents) {
                BigInteger n = fraction[0].multiply(BigDecimal.valueOf(4)).toBigIntegerExact();
                BigInteger d = fraction[1].multiply(BigDecimal.valueOf(4)).toBigIntegerExact();
                num = num.multiply(d).add(n.multiply(den));
                den = den.multiply(d);
            }
            den = den.multiply(BigInteger.valueOf(corePercents.size()));
            BigDecimal overall = roundedPercent(new BigDecimal(num), new BigDecimal(den));
            out.putObject("overall").put("percent", overall).put("level", level(questionnaire, overall));
        }
        return out;
    }

    /** Half-up to one decimal with integers only: floor((10·n/d)·2 + 1) / 2, then /10. */
    private static BigDecimal roundedPercent(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal scaled = numerator.multiply(BigDecimal.valueOf(20)).divide(denominator, 0, RoundingMode.FLOOR);
        BigInteger tenths = scaled.toBigIntegerExact().add(BigInteger.ONE).shiftRight(1);
        return new BigDecimal(tenths, 1);
    }

    private static String level(JsonNode questionnaire, BigDecimal percent) {
        String level = null;
        for (JsonNode l : questionnaire.get("levels")) {
            if (l.get("minPercent").decimalValue().compareTo(percent) <= 0) {
                level = l.get("id").asText();
            }
        }
        return level;
    }
}
