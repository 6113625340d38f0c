package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.testing.Fixtures;

class ValidateCommandTest {
    @TempDir
    Path temp;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(temp.resolve("data"));
    }

    @Test
    void bundledFilesAreValid() {
        CliRunner.Run run = cli.run("validate", Fixtures.QUESTIONNAIRE.toString(), Fixtures.TOOLKIT.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("gcs-digital-skills.json: valid", "gcs-digital-objectives.json: valid");
    }

    @Test
    void oneLinePerProblemWithFileAndPointer() {
        Path broken = Fixtures.write(temp, "broken.json", Fixtures.questionnaireWith(q -> {
            ((ObjectNode) q.get("levels").get(0)).put("minPercent", 5);
            ((ObjectNode) q.get("areas").get(0).get("advice")).remove("working");
        }));
        CliRunner.Run run = cli.run("validate", broken.toString(), Fixtures.TOOLKIT.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                broken + ": /levels/0/minPercent: the first level must start at 0",
                broken + ": /areas/0/advice: area 'planning' has no advice for level 'working'",
                Fixtures.TOOLKIT + ": valid");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        Path bad = Fixtures.write(temp, "bad.json", "{\n  \"kind\": \"questionnaire\",\n  \"id\" \"x\"\n}");
        CliRunner.Run run = cli.run("validate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(bad + ": /: not valid JSON: line 3, column");
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void fileOfNoKnownKindIsNamed() {
        Path other = Fixtures.write(temp, "package.json", "{\"name\": \"left-pad\"}");
        CliRunner.Run run = cli.run("validate", other.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("not a questionnaire, objective toolkit or result file");
    }

    @Test
    void missingFileIsOneLine() {
        CliRunner.Run run = cli.run("validate", temp.resolve("nowhere.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().strip()).endsWith("nowhere.json: /: file not found");
    }

    @Test
    void noFilesIsAUsageError() {
        CliRunner.Run run = cli.run("validate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("FILE");
    }

    @Test
    void toolkitPlaceholderMismatchIsReported() {
        ObjectNode toolkit = Fixtures.tree(Fixtures.TOOLKIT);
        ObjectNode template = (ObjectNode) toolkit.get("templates").get(0);
        template.put("pattern", template.get("pattern").asText().replace("{audience}", "{audiance}"));
        Path broken = Fixtures.write(temp, "toolkit.json", toolkit);
        CliRunner.Run run = cli.run("validate", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(broken + ": /templates/0/pattern: placeholder {audiance} has no field with that id")
                .contains(broken + ": /templates/0/fields: field 'audience' is not used in the pattern");
    }

    @Test
    void toolkitNamingUnknownAreaLevelOrRoleIsReported() {
        ObjectNode toolkit = Fixtures.tree(Fixtures.TOOLKIT);
        ObjectNode template = (ObjectNode) toolkit.get("templates").get(0);
        template.put("area", "planing");
        ((com.fasterxml.jackson.databind.node.ArrayNode) template.get("levels")).set(0, "guru");
        template.putArray("roles").add("astronaut");
        Path broken = Fixtures.write(temp, "toolkit.json", toolkit);
        CliRunner.Run run = cli.run("validate", broken.toString());
        assertThat(run.out()).contains("/templates/0/area: area 'planing' is not in questionnaire")
                .contains("/templates/0/levels/0: level 'guru'")
                .contains("/templates/0/roles/0: role 'astronaut'");
    }

    @Test
    void resultFilesAreValidatedToo() {
        Path good = Fixtures.write(temp, "good.dsa.json", Fixtures.completeResult("press-office", 2));
        ObjectNode badResult = Fixtures.completeResult("press-office", 2);
        ((ObjectNode) badResult.get("answers")).put(Fixtures.firstQuestion("scale"), 9);
        Path bad = Fixtures.write(temp, "bad.dsa.json", badResult);
        CliRunner.Run run = cli.run("validate", good.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(good + ": valid")
                .contains(bad + ": /answers/" + Fixtures.firstQuestion("scale") + ": question '"
                        + Fixtures.firstQuestion("scale") + "': scale value 9 is out of range (0 to 4)");
    }

    @Test
    void departmentQuestionnaireInTheDataFolderIsUsed() {
        Path data = temp.resolve("data");
        Fixtures.write(data.resolve("questionnaires"), "dept.json", Fixtures.questionnaireWith(q -> q.put("version", "2026.1-dept")));
        ObjectNode result = Fixtures.completeResult("other", 3);
        ((ObjectNode) result.get("questionnaire")).put("version", "2026.1-dept");
        Path file = Fixtures.write(temp, "r.dsa.json", result);
        assertThat(cli.run("validate", file.toString()).exitCode()).isZero();
    }
}
