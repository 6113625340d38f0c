package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.testing.Fixtures;
import uk.gov.gcs.digitalskills.testing.IndependentScoring;

/**
 * Fixed 2026.1 result files and the exact bytes {@code score} prints for them, so that 2026.1 results score
 * exactly as before. {@code *.before-issue-12.json} were printed by the code before the self-rating and
 * knowledge parts existed and are never regenerated: every area and overall figure must stay as they say.
 * {@code *.score.json} are the full output with the parts and calibration, checked against the independent
 * scorer as well.
 */
class GoldenScoresTest {
    private static final Path DIR = Path.of("src/test/resources/uk/gov/gcs/digitalskills/cli/golden-2026.1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dsa.json"))
                    .map(n -> n.substring(0, n.length() - ".dsa.json".length())).sorted().toList().stream();
        }
    }

    private String score(String name) {
        CliRunner.Run run = new CliRunner(temp.resolve("data")).run("score", DIR.resolve(name + ".dsa.json").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static String read(String file) throws IOException {
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void scoreIsExactlyTheGoldenOutput(String name) throws IOException {
        assertThat(score(name)).isEqualTo(read(name + ".score.json"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void noAreaOrOverallFigureMovesFromBeforeTheParts(String name) throws IOException {
        // Read keeping decimals exact (50.0 stays 50.0), so that numbers are written back as printed.
        ObjectNode now = (ObjectNode) EXACT.readTree(score(name));
        now.get("areas").forEach(a -> ((ObjectNode) a).remove(List.of("selfRating", "knowledge", "calibration")));
        if (now.get("overall").isObject()) {
            ((ObjectNode) now.get("overall")).remove(List.of("selfRating", "knowledge"));
        }
        // Byte for byte, so that even the way a number is written (57.4, 50.0, 47) cannot change.
        assertThat(JsonSupport.writeString(now) + System.lineSeparator()).isEqualTo(read(name + ".before-issue-12.json"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theGoldenOutputAgreesWithTheIndependentScorer(String name) throws IOException {
        JsonNode result = JSON.readTree(DIR.resolve(name + ".dsa.json").toFile());
        JsonNode expected = IndependentScoring.score(Fixtures.tree(Fixtures.QUESTIONNAIRE),
                result.path("respondent").path("role").asText(null), result.get("answers"));
        assertThat(JSON.readTree(read(name + ".score.json"))).isEqualTo(JSON.readTree(
                JSON.writer().with(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                        .writeValueAsString(expected)));
    }

    @Test
    void theCasesCoverEveryCalibrationAndBothKindsOfResult() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : cases().toList()) {
            all.append(read(name + ".score.json"));
        }
        assertThat(all).contains("\"calibration\" : \"over\"", "\"calibration\" : \"aligned\"",
                "\"calibration\" : \"under\"", "\"calibration\" : null", "\"complete\" : false",
                "\"complete\" : true");
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(5);
    }
}
