package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.testing.BundledContent;

/**
 * {@code insights} with two questionnaire versions imported (the version rule), and every new count
 * (calibration, objectives) suppressed in the JSON, the CSV and the table.
 */
class InsightsVersionOutputTest {
    private static final int MIN = 5;

    @TempDir
    Path dir;

    private CliRunner.Run run(String... args) {
        return new CliRunner(dir.resolve("data")).run(args);
    }

    /** 7 results of 2026.1 and 6 of 2027.1, both for the first role. */
    @BeforeEach
    void importTwoVersions() {
        Random random = new Random(27);
        Path folder = dir.resolve("in");
        for (String version : List.of("2026.1", "2027.1")) {
            Questionnaire q = BundledContent.questionnaire(version);
            String role = q.profile().roles().get(0).id();
            int n = version.equals("2026.1") ? 7 : 6;
            for (int i = 0; i < n; i++) {
                InsightsFixtures.write(folder.resolve(version + "-" + i + ".dsa.json"), InsightsFixtures.resultBytes(
                        InsightsFixtures.record(random, q, role, null, "cabinet-office", random.nextDouble()), q));
            }
        }
        assertThat(run("import", folder.toString()).exitCode()).isZero();
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("insights", "--format", "json"));
        all.addAll(List.of(args));
        CliRunner.Run r = run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JsonSupport.mapper().readTree(r.out());
    }

    @Test
    void theNewestVersionIsShownByDefaultAndNamed() throws Exception {
        JsonNode json = json();
        assertThat(json.path("version").asText()).isEqualTo("2027.1");
        assertThat(json.path("versions").toString()).isEqualTo("[\"2027.1\",\"2026.1\"]");
        assertThat(json.path("overall").path("results").asInt()).isEqualTo(6);
        assertThat(run("insights").out()).contains("Questionnaire version: 2027.1 (also imported, shown separately:"
                + " 2026.1).");
        assertThat(run("insights", "--format", "csv").out()).contains("Questionnaire version: 2027.1");
    }

    @Test
    void versionPicksAnOlderOneAndItsFiguresAlone() throws Exception {
        JsonNode json = json("--version", "2026.1");
        assertThat(json.path("version").asText()).isEqualTo("2026.1");
        assertThat(json.path("overall").path("results").asInt()).isEqualTo(7);
        // Its areas are 2026.1's own: every question in its analysis is a 2026.1 question.
        Questionnaire old = BundledContent.questionnaire("2026.1");
        assertThat(json.path("overall").path("areas")).hasSize(old.areas().size());
    }

    @Test
    void anUnknownVersionIsAClearUsageError() {
        CliRunner.Run r = run("insights", "--version", "2025.9");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no imported results use questionnaire version 2025.9. Imported versions:"
                + " 2027.1, 2026.1.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpStillWorksAndPdfNeedsAFile() {
        CliRunner.Run help = run("insights", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--version=V").contains("-o, --output=FILE");
        CliRunner.Run pdf = run("insights", "--format", "pdf");
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.err()).contains("name it with -o FILE");
    }

    @Test
    void outputCanGoToAFile() throws Exception {
        Path file = dir.resolve("out/insights.json");
        Files.createDirectories(file.getParent());
        CliRunner.Run r = run("insights", "--format", "json", "-o", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Saved " + file);
        assertThat(JsonSupport.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).path("version")
                .asText()).isEqualTo("2027.1");
    }

    @Test
    void jsonNeverCarriesASmallCountOfAnyKind() throws Exception {
        for (String version : List.of("2026.1", "2027.1")) {
            JsonNode json = json("--version", version, "--by", "grade");
            JsonNode overall = json.path("overall");
            assertThat(overall.path("areas").get(0).path("calibration")).isNotEmpty();
            assertThat(overall.path("objectives").path("results").asInt()).isGreaterThanOrEqualTo(MIN);
            assertThat(overall.path("objectives").path("withObjectiveSuppressed").asText()).isEqualTo("fewer than 5");
            List<String> problems = new ArrayList<>();
            walk(json, "", problems);
            assertThat(problems).as(version).isEmpty();
            assertThat(json.toString()).contains("\"suppressed\":\"fewer than 5\"");
            // 6 or 7 results: too few for the item analysis, which says why and shows no figure.
            assertThat(json.path("analysis").path("areas")).allSatisfy(a -> {
                assertThat(a.path("results").isNull()).isTrue();
                assertThat(a.path("reason").asText()).startsWith("fewer than 30 results");
                assertThat(a.has("alpha")).isFalse();
            });
        }
    }

    /** Every count field is a number of at least MIN, or null with a suppression note beside it. */
    private static void walk(JsonNode node, String path, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = e.getKey();
            if (List.of("results", "withObjective", "agreed").contains(field)) {
                JsonNode v = e.getValue();
                String note = field.equals("results") ? "suppressed" : field + "Suppressed";
                if (v.isNumber() && v.asInt() < MIN) {
                    problems.add(path + "/" + field + " = " + v);
                } else if (v.isNull() && !path.contains("analysis") && !node.has(note)) {
                    problems.add(path + "/" + field + " is null with no " + note);
                }
            }
            walk(e.getValue(), path + "/" + field, problems);
        }
    }

    @Test
    void csvAndTableShowTheNewCountsSuppressed() {
        String csv = run("insights", "--format", "csv", "--version", "2026.1").out();
        assertThat(csv).contains("Self-rating above knowledge,Self-rating matches knowledge,Self-rating below knowledge")
                .contains("Objectives (results imported before objectives were recorded are not counted)")
                .contains("Grouping,Group,Results,With an objective,Agreed by their manager,Year-end: met,"
                        + "Year-end: partly met,Year-end: not met")
                .contains("overall,Everyone,7,fewer than 5,fewer than 5,fewer than 5,fewer than 5,fewer than 5")
                .contains("How well the questions work");
        // Every number in the calibration columns and the objectives table is at least 5.
        List<String> lines = csv.lines().toList();
        int header = indexOf(lines, "Grouping,Group,Results,Area,");
        int columns = lines.get(header).split(",").length;
        for (int i = header + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length == columns) {
                for (int c = columns - 3; c < columns; c++) {
                    assertThat(cells[c]).as(lines.get(i)).matches(Pattern.compile("fewer than 5|withheld|not measured"
                            + "|([5-9]|\\d\\d+)"));
                }
            }
        }
        String table = run("insights", "--version", "2026.1").out();
        assertThat(table).containsPattern("Expert +Over +Aligned +Under").contains("Objectives: of 7 results, fewer than 5 have an"
                + " objective and fewer than 5 were agreed by their manager. Year-end: met fewer than 5, partly met"
                + " fewer than 5, not met fewer than 5.")
                .contains("How well the questions work").contains("fewer than 30 results answered every question");
    }

    @Test
    void withThirtyOrMoreResultsTheTableAndCsvShowHowWellTheQuestionsWork() throws Exception {
        Random random = new Random(30);
        Questionnaire q = BundledContent.questionnaire("2026.1");
        Path more = dir.resolve("more");
        for (int i = 0; i < 70; i++) {
            InsightsFixtures.write(more.resolve("m" + i + ".dsa.json"), InsightsFixtures.resultBytes(
                    InsightsFixtures.record(random, q, q.profile().roles().get(0).id(), null, "cabinet-office",
                            random.nextDouble()), q));
        }
        assertThat(run("import", more.toString()).exitCode()).isZero();
        JsonNode planning = json("--version", "2026.1").path("analysis").path("areas").get(0);
        int listwise = planning.path("results").asInt();
        assertThat(listwise).isBetween(30, 77);
        String table = run("insights", "--version", "2026.1").out();
        assertThat(table).containsPattern("Planning: " + listwise + " results; reliability \\(alpha\\) -?[0-9]\\.[0-9]{3}\\.")
                .containsPattern("Question +Facility % +Discrimination +Flag")
                .contains(planning.path("questions").get(0).path("id").asText());
        String csv = run("insights", "--version", "2026.1", "--format", "csv").out();
        assertThat(csv).contains("Area,Results used,Reliability (alpha),Question id,Question,Facility %,Discrimination,"
                + "Flag,Note")
                .containsPattern("\r\nPlanning," + listwise + ",-?[0-9]\\.[0-9]{3},");
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start) || lines.get(i).startsWith("\uFEFF" + start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts " + start);
    }
}
