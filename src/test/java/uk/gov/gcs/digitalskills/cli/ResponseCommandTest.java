package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;
import uk.gov.gcs.digitalskills.io.pdf.ReportFixtures;
import uk.gov.gcs.digitalskills.io.pdf.ReturnedPdfs;

/** {@code response FILLED.pdf [--save]}: a PDF filled in with iText, read back through the command. */
class ResponseCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private CliRunner cli;
    private final AssessmentRecord record = ReportFixtures.fullRecord();
    private Path appraisal;
    private Path returned;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(temp.resolve("data"));
        appraisal = ReturnedPdfs.appraisal(record, temp.resolve("appraisal.pdf"));
        returned = ReturnedPdfs.filled(appraisal, temp.resolve("returned.pdf"), Map.of(
                ManagerResponseReader.NAME, "Siân Ó Briain",
                ManagerResponseReader.DATE, "20/04/2027",
                ManagerResponseReader.AGREED, ManagerResponseReader.AGREED_YES,
                ManagerResponseReader.COMMENTS, "Agreed.\rLet’s meet in October."));
    }

    @Test
    void printsTheAssessmentIdAndTheManagersPartAsJson() throws Exception {
        CliRunner.Run run = cli.run("response", returned.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode out = JsonSupport.mapper().readTree(run.out());
        assertThat(out.get("assessmentId").asText()).isEqualTo(record.assessmentId().toString());
        JsonNode manager = out.get("manager");
        assertThat(manager.get("name").asText()).isEqualTo("Siân Ó Briain");
        assertThat(manager.get("date").asText()).isEqualTo("2027-04-20");
        assertThat(manager.get("agreed").booleanValue()).isTrue();
        assertThat(manager.get("comments").asText()).isEqualTo("Agreed.\nLet’s meet in October.");
    }

    @Test
    void saveKeepsItWithTheAssessmentInTheDataFolder() {
        DataFolder folder = new DataFolder(temp.resolve("data"));
        try (AssessmentStore store = AssessmentStore.open(folder, CLOCK)) {
            store.create(record.assessmentId(), record.questionnaire(), record.respondent(), record.startedAt().orElseThrow());
        }

        CliRunner.Run run = cli.run("response", returned.toString(), "--save");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Saved with assessment " + record.assessmentId());
        try (AssessmentStore store = AssessmentStore.open(folder, CLOCK)) {
            assertThat(store.load(record.assessmentId()).manager()).contains(new ManagerResponse("Siân Ó Briain",
                    Optional.of(LocalDate.of(2027, 4, 20)), Optional.of(true), "Agreed.\nLet’s meet in October."));
        }
    }

    @Test
    void saveForAnAssessmentNotInTheDataFolderFailsButReadingAloneDoesNot() {
        CliRunner.Run save = cli.run("response", returned.toString(), "--save");
        assertThat(save.exitCode()).isEqualTo(1);
        assertThat(save.out()).isEmpty();
        assertThat(save.err()).isEqualTo(returned + " is for assessment " + record.assessmentId() + ", which is not"
                + " saved in this data folder. Use the data folder where you took that assessment (--data-dir)."
                + System.lineSeparator());
        assertThat(cli.run("response", returned.toString()).exitCode()).isZero();
    }

    @Test
    void anEmptyManagersPartAFlattenedFormAndAPdfFromElsewhereEachSaySoInOneLine() throws Exception {
        assertOneLine(cli.run("response", appraisal.toString()), "the manager's part is still empty");
        Path flat = ReturnedPdfs.flattened(returned, temp.resolve("flat.pdf"));
        assertOneLine(cli.run("response", flat.toString()), "has no form fields left (it was flattened or printed)");
        Path other = ReturnedPdfs.elsewhere(temp.resolve("minutes.pdf"));
        assertOneLine(cli.run("response", other.toString()), "is not an appraisal PDF from Digital Skills Assessment");
    }

    @Test
    void aDateItCannotReadIsLeftOutWithAWarning() throws Exception {
        Path unclear = ReturnedPdfs.filled(appraisal, temp.resolve("unclear.pdf"), Map.of(
                ManagerResponseReader.NAME, "Sam", ManagerResponseReader.DATE, "next Tuesday"));
        CliRunner.Run run = cli.run("response", unclear.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(JsonSupport.mapper().readTree(run.out()).get("manager").get("date").isNull()).isTrue();
        assertThat(run.err()).contains("the date \"next Tuesday\" is not one this app understands");
    }

    @Test
    void helpAndUsage() {
        CliRunner.Run help = cli.run("response", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("FILLED.pdf", "--save", "Exit codes:");
        assertThat(cli.run("response").exitCode()).isEqualTo(2);
    }

    private static void assertOneLine(CliRunner.Run run, String text) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().asString().contains(text);
    }
}
