package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;

class InsightsCommandsTest {
    @TempDir
    Path dir;

    private CliRunner.Run run(String... args) {
        return new CliRunner(dir.resolve("data")).run(args);
    }

    private Path results(int n, String organisation, Random random) {
        Path folder = dir.resolve("in-" + organisation.hashCode());
        for (int i = 0; i < n; i++) {
            AssessmentRecord record = InsightsFixtures.record(random, "press-office", "heo", organisation);
            InsightsFixtures.writeResult(folder, "r" + i + ".dsa.json", record);
        }
        return folder;
    }

    @Test
    void importPrintsOneLinePerFileThenABlankLineTheSummaryAndTheNote() {
        Path folder = results(2, "cabinet-office", new Random(3));
        String n = System.lineSeparator();
        CliRunner.Run run = run("import", folder.toString());
        assertThat(run.out()).isEqualTo("imported   " + folder.resolve("r0.dsa.json") + n
                + "imported   " + folder.resolve("r1.dsa.json") + n + n
                + "2 imported, 0 duplicates, 0 conflicts, 0 rejected." + n
                + uk.gov.gcs.digitalskills.io.insights.InsightsNotes.anonymised() + n);
    }

    @Test
    void importPrintsEachOutcomeAndExitsOneWhenAFileIsRejected() {
        Path folder = results(2, "cabinet-office", new Random(1));
        InsightsFixtures.write(folder.resolve("broken.json"), "{ nope");
        CliRunner.Run first = run("import", folder.toString());
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).contains("imported   ").contains("rejected   " + folder.resolve("broken.json")
                + ": the file is not in the JSON format that result files use; not valid JSON").contains("2 imported, 0 duplicates, 0 conflicts, 1 rejected.")
                .contains("Anonymised");

        CliRunner.Run again = run("import", folder.resolve("r0.dsa.json").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("duplicate  ").contains("0 imported, 1 duplicate, 0 conflicts, 0 rejected.");
    }

    @Test
    void insightsTableStatesTheRulesAndSuppressesSmallGroups() {
        Random random = new Random(2);
        run("import", results(5, "cabinet-office", random).toString());
        run("import", results(4, "home-office", random).toString());
        run("import", results(3, "department-for-transport", random).toString());
        CliRunner.Run table = run("insights", "--by", "organisation");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("Anonymised: no names are stored")
                .contains("fewer than 5 results shows \"fewer than 5\"")
                .contains("Everyone: 12 results").contains("Cabinet Office: 5 results")
                .contains("Home Office: fewer than 5 results").contains("Lowest-scoring questions");
        CliRunner.Run three = run("insights", "--by", "organisation", "--min-group", "3");
        assertThat(three.out()).contains("Home Office: 4 results");

        // With one small group only, the others would give it away: the smallest shown group is withheld.
        CliRunner.Run two = run("insights", "--by", "organisation", "--min-group", "4");
        assertThat(two.out()).contains("Department for Transport: fewer than 4 results")
                .contains("Home Office: withheld results").contains("Cabinet Office: 5 results");
    }

    @Test
    void insightsRefusesAMinimumBelowThreeAndBadMonths() {
        CliRunner.Run small = run("insights", "--min-group", "2");
        assertThat(small.exitCode()).isEqualTo(2);
        assertThat(small.err()).contains("at least 3");
        CliRunner.Run month = run("insights", "--from", "April");
        assertThat(month.exitCode()).isEqualTo(2);
        assertThat(month.err()).contains("YYYY-MM");
    }

    @Test
    void insightsOnAnEmptyStoreSaysHowToImport() {
        CliRunner.Run empty = run("insights");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out()).contains("No results have been imported yet");
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndKeepsAccentsPoundsAndApostrophes() throws Exception {
        String organisation = "Café £ Team’s \"comms\", north";
        run("import", results(5, organisation, new Random(3)).toString());
        CliRunner.Run csv = run("insights", "--by", "organisation", "--format", "csv");
        Path file = InsightsFixtures.write(dir.resolve("insights.csv"), csv.out().getBytes(StandardCharsets.UTF_8));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"Café £ Team’s \"\"comms\"\", north\"").contains("\r\n")
                .contains("fewer than 5 results shows \"\"fewer than 5\"\"");
        assertThat(text.lines().filter(l -> l.startsWith("organisation,")).count()).isGreaterThan(0);
    }

    @Test
    void jsonCarriesTheRuleAndNeverASuppressedNumber() throws Exception {
        Random random = new Random(4);
        run("import", results(5, "cabinet-office", random).toString());
        run("import", results(3, "home-office", random).toString());
        CliRunner.Run json = run("insights", "--by", "organisation", "--format", "json", "--from", "2020-01", "--to", "2030-12");
        assertThat(json.exitCode()).isZero();
        JsonNode root = JsonSupport.mapper().readTree(json.out());
        assertThat(root.path("suppression").path("minGroupSize").asInt()).isEqualTo(5);
        assertThat(root.path("overall").path("results").asInt()).isEqualTo(8);
        JsonNode home = root.path("groups").get(1);
        assertThat(home.path("label").asText()).isEqualTo("Home Office");
        assertThat(home.path("results").isNull()).isTrue();
        assertThat(home.path("suppressed").asText()).isEqualTo("fewer than 5");
        assertThat(home.has("areas")).isFalse();
    }
}
