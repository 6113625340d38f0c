package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.testing.Fixtures;
import uk.gov.gcs.digitalskills.testing.Version2Fixture;

/**
 * The commands with a schemaVersion 2 questionnaire installed in the data folder: an "n/a" answer where it is
 * not allowed is bad input in score, validate and import, naming the file and the question (DESIGN.md §3.1).
 */
class Version2CommandsTest {
    @TempDir
    Path temp;

    private CliRunner cli;
    private Path questionnaire;

    @BeforeEach
    void setUp() {
        questionnaire = Version2Fixture.writeQuestionnaire(temp.resolve("data").resolve("questionnaires"));
        cli = new CliRunner(temp.resolve("data"));
    }

    private Path resultWith(String name, String questionId, String answer) {
        ObjectNode result = Version2Fixture.completeResult("press-office");
        ((ObjectNode) result.get("answers")).put(questionId, answer);
        return Fixtures.write(temp, name, result);
    }

    @Test
    void theInstalledVersionTwoQuestionnaireIsValid() {
        CliRunner.Run run = cli.run("validate", questionnaire.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void scoreRefusesNotApplicableWhereItIsNotAllowed() {
        Path file = resultWith("na.dsa.json", "planning.rate-a", "n/a");
        CliRunner.Run run = cli.run("score", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("na.dsa.json").contains("/answers/planning.rate-a")
                .contains("question 'planning.rate-a'").contains("\"n/a\" is not allowed here")
                .doesNotContain("Exception");
    }

    @Test
    void scoreAcceptsNotApplicableWhereItIsAllowed() {
        Path file = resultWith("na.dsa.json", "measurement.rate-a", "n/a");
        CliRunner.Run run = cli.run("score", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"calibration\"");
    }

    @Test
    void validateReportsItWithAPointer() {
        Path file = resultWith("na.dsa.json", "measurement.rate-b", "n/a");
        CliRunner.Run run = cli.run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).singleElement().asString()
                .startsWith(file + ": /answers/measurement.rate-b: question 'measurement.rate-b': \"n/a\" is not"
                        + " allowed here");
    }

    @Test
    void importRejectsTheFileWithItsOwnReason() {
        Path bad = resultWith("na.dsa.json", "planning.rate-b", "n/a");
        CliRunner.Run run = cli.run("import", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("rejected   " + bad + ": an answer says \"not relevant to my role\" where the question"
                + " does not allow it;"
                + " /answers/planning.rate-b: question 'planning.rate-b'");
    }

    @Test
    void validatePrintsEachMisuseOfTheNewFieldsOnItsOwnLine() {
        ObjectNode tree = Version2Fixture.questionnaire();
        ((ObjectNode) tree.get("areas").get(0).get("questions").get(0)).put("explanation", "Why");
        ((ObjectNode) tree.get("areas").get(0).get("questions").get(2)).put("allowNotApplicable", true);
        Path broken = Fixtures.write(temp, "broken.json", tree);
        CliRunner.Run run = cli.run("validate", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2).anySatisfy(line -> assertThat(line)
                        .startsWith(broken + ": /areas/0/questions/0/explanation: scale question 'planning.rate-a'"))
                .anySatisfy(line -> assertThat(line).startsWith(broken
                        + ": /areas/0/questions/2/allowNotApplicable: choice question 'planning.choose'"));
    }
}
