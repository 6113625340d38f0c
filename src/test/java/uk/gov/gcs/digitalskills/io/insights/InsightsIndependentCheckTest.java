package uk.gov.gcs.digitalskills.io.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.testing.IndependentScoring;

/**
 * The item analysis and calibration counts of {@code insights --format json}, checked against a computation
 * written here from the same result files and the questionnaire's JSON, with no app code: plain doubles,
 * the textbook formulas of DESIGN.md §3.5 (two-pass means and variances, the Pearson formula directly).
 */
class InsightsIndependentCheckTest {
    @TempDir
    Path dir;

    @Test
    void analysisAndCalibrationMatchAnIndependentComputation() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        Random random = new Random(14);
        for (int i = 0; i < 400; i++) {
            InsightsFixtures.writeResult(files, "r" + i + ".dsa.json", InsightsFixtures.randomRecord(random));
        }
        JsonNode json;
        try (InsightsService service = new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library())) {
            assertThat(service.importFiles(List.of(files)).imported()).hasSize(400);
            json = InsightsJson.toJson(service.query(InsightsQuery.overall()));
        }
        JsonNode questionnaire;
        try (InputStream in = getClass().getResourceAsStream("/questionnaires/gcs-digital-skills.json")) {
            questionnaire = JsonSupport.mapper().readTree(in);
        }
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> walk = Files.list(files)) {
            for (Path p : walk.sorted().toList()) {
                results.add(JsonSupport.mapper().readTree(p.toFile()));
            }
        }
        assertThat(json.path("version").asText()).isEqualTo(questionnaire.path("version").asText());
        int scaleMax = IndependentScoring.scaleMax(questionnaire);
        int analysed = 0;
        for (JsonNode area : questionnaire.path("areas")) {
            String areaId = area.path("id").asText();
            List<JsonNode> questions = new ArrayList<>();
            area.path("questions").forEach(questions::add);
            int k = questions.size();
            List<double[]> rows = new ArrayList<>();
            for (JsonNode result : results) {
                if (!IndependentScoring.appliesTo(area, result.path("respondent").path("role").asText())) {
                    continue;
                }
                double[] row = new double[k];
                boolean complete = true;
                for (int j = 0; j < k && complete; j++) {
                    JsonNode answer = result.path("answers").get(questions.get(j).path("id").asText());
                    IndependentScoring.Item item = answer == null ? null
                            : IndependentScoring.item(questions.get(j), answer, scaleMax);
                    if (item == null) {
                        complete = false;
                    } else {
                        row[j] = item.points() * weight(questions.get(j));
                    }
                }
                if (complete) {
                    rows.add(row);
                }
            }
            JsonNode actual = find(json.path("analysis").path("areas"), "id", areaId);
            if (rows.size() < 30) {
                assertThat(actual.path("results").isNull()).as(areaId).isTrue();
                assertThat(actual.path("reason").asText()).contains("fewer than 30");
                continue;
            }
            analysed++;
            int n = rows.size();
            double[] total = new double[n];
            for (int i = 0; i < n; i++) {
                for (double x : rows.get(i)) {
                    total[i] += x;
                }
            }
            assertThat(actual.path("results").asInt()).as(areaId).isEqualTo(n);
            double sumItemVar = 0;
            for (int j = 0; j < k; j++) {
                double[] item = new double[n];
                double[] rest = new double[n];
                for (int i = 0; i < n; i++) {
                    item[i] = rows.get(i)[j];
                    rest[i] = total[i] - item[i];
                }
                sumItemVar += variance(item);
                JsonNode q = find(actual.path("questions"), "id", questions.get(j).path("id").asText());
                double max = maxPoints(questions.get(j), scaleMax) * weight(questions.get(j));
                assertThat(q.path("facility").asDouble()).as("facility " + q.path("id"))
                        .isCloseTo(100 * mean(item) / max, within(0.051));
                if (variance(item) < 1e-12 || variance(rest) < 1e-12) {
                    assertThat(q.path("discrimination").isNull()).isTrue();
                } else {
                    double r = covariance(item, rest) / Math.sqrt(variance(item) * variance(rest));
                    assertThat(q.path("discrimination").asDouble()).as("discrimination " + q.path("id"))
                            .isCloseTo(r, within(0.0006));
                    assertThat(q.path("flags").toString().contains("low-discrimination")).isEqualTo(r < 0.20);
                }
            }
            if (k >= 2) {
                double alpha = (double) k / (k - 1) * (1 - sumItemVar / variance(total));
                assertThat(actual.path("alpha").asDouble()).as("alpha " + areaId).isCloseTo(alpha, within(0.0006));
                assertThat(actual.path("flags").toString().contains("low-reliability")).isEqualTo(alpha < 0.70);
            }
            // Calibration: count each result's calibration as the independent scorer gives it.
            Map<String, Integer> counts = new HashMap<>();
            for (JsonNode result : results) {
                JsonNode scored = IndependentScoring.score(questionnaire, result.path("respondent").path("role").asText(),
                        result.path("answers"));
                JsonNode a = find(scored.path("areas"), "id", areaId);
                if (a != null && a.hasNonNull("calibration")) {
                    counts.merge(a.get("calibration").asText(), 1, Integer::sum);
                }
            }
            JsonNode shownArea = find(json.path("overall").path("areas"), "id", areaId);
            for (JsonNode c : shownArea.path("calibration")) {
                if (!c.path("results").isNull()) {
                    assertThat(c.path("results").asInt()).as(areaId + " " + c.path("id"))
                            .isEqualTo(counts.getOrDefault(c.path("id").asText(), 0));
                } else {
                    assertThat(c.path("suppressed").asText()).isIn("fewer than 5", "withheld");
                }
            }
        }
        assertThat(analysed).as("areas with enough results to analyse").isGreaterThanOrEqualTo(3);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        return null;
    }

    private static double weight(JsonNode question) {
        return question.has("weight") ? question.get("weight").asDouble() : 1;
    }

    private static int maxPoints(JsonNode question, int scaleMax) {
        switch (question.path("type").asText()) {
            case "scale":
                return scaleMax;
            case "choice": {
                int max = 0;
                for (JsonNode o : question.path("options")) {
                    max = Math.max(max, o.path("score").asInt());
                }
                return max;
            }
            default: {
                int correct = 0;
                for (JsonNode o : question.path("options")) {
                    correct += o.path("correct").asBoolean() ? 1 : 0;
                }
                return correct;
            }
        }
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double variance(double[] x) {
        return covariance(x, x);
    }

    private static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / x.length;
    }
}
