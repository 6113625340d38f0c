package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
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
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.testing.InMemoryAssessmentRepository;

/** Reading the manager's part of a returned appraisal PDF, and every way it can fail, with real files. */
class ManagerResponseReaderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-21T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> FILLED = Map.of(
            ManagerResponseReader.NAME, "Siân Ó Briain",
            ManagerResponseReader.DATE, "20 April 2027",
            ManagerResponseReader.AGREED, ManagerResponseReader.AGREED_YES,
            ManagerResponseReader.COMMENTS, "A good, stretching objective.\r\rLet’s check progress in October.\r\nŁukasz will help.");

    @TempDir
    Path dir;

    private final ManagerResponseReader reader = new ManagerResponseReader();
    private final AssessmentRecord record = ReportFixtures.fullRecord();
    private Path appraisal;

    @BeforeEach
    void export() throws Exception {
        appraisal = ReturnedPdfs.appraisal(record, dir.resolve("appraisal.pdf"));
    }

    @Test
    void readsWhatTheManagerFilledInWithAccentsAndLineBreaks() throws Exception {
        Path returned = ReturnedPdfs.filled(appraisal, dir.resolve("returned.pdf"), FILLED);

        ManagerResponseReader.Returned read = reader.read(returned);

        assertThat(read.assessmentId()).isEqualTo(record.assessmentId());
        assertThat(read.manager()).isEqualTo(new ManagerResponse("Siân Ó Briain", Optional.of(LocalDate.of(2027, 4, 20)),
                Optional.of(true), "A good, stretching objective.\n\nLet’s check progress in October.\nŁukasz will help."));
        assertThat(read.unreadDate()).isEmpty();
    }

    @Test
    void aPdfExportedByRelease010WithAVersion1ResultIsReadToo() throws Exception {
        ObjectNode v1 = ResultJson.toJson(record, ReportFixtures.scored(record).scores());
        v1.put("formatVersion", 1);
        Path old = dir.resolve("old.pdf");
        try (OutputStream out = Files.newOutputStream(old)) {
            new AppraisalReport("0.1.0").write(ReportFixtures.scored(record), Optional.empty(), JsonSupport.write(v1), out);
        }
        Path returned = ReturnedPdfs.filled(old, dir.resolve("returned.pdf"), FILLED);

        ManagerResponseReader.Returned read = reader.read(returned);

        assertThat(read.assessmentId()).isEqualTo(record.assessmentId());
        assertThat(read.manager().name()).isEqualTo("Siân Ó Briain");
    }

    @Test
    void noMeansNoAndTheOtherDateFormsAreUnderstood() throws Exception {
        for (String typed : new String[] {"20/04/2027", "2027-04-20", "20 Apr 2027"}) {
            Path returned = ReturnedPdfs.filled(appraisal, dir.resolve("no.pdf"), Map.of(
                    ManagerResponseReader.AGREED, ManagerResponseReader.AGREED_NO, ManagerResponseReader.DATE, typed));
            ManagerResponseReader.Returned read = reader.read(returned);
            assertThat(read.manager().agreed()).contains(false);
            assertThat(read.manager().date()).as(typed).contains(LocalDate.of(2027, 4, 20));
            assertThat(read.manager().name()).isEmpty();
        }
    }

    @Test
    void aDateThatIsNotADayIsLeftOutAndHandedBackAsTyped() throws Exception {
        Path returned = ReturnedPdfs.filled(appraisal, dir.resolve("returned.pdf"), Map.of(
                ManagerResponseReader.NAME, "Sam Manager", ManagerResponseReader.DATE, "31/02/2027"));
        ManagerResponseReader.Returned read = reader.read(returned);
        assertThat(read.manager().date()).isEmpty();
        assertThat(read.unreadDate()).contains("31/02/2027");
        assertThat(read.manager().agreed()).isEmpty();
    }

    @Test
    void matchesTheAssessmentKeptOnThisComputer() throws Exception {
        InMemoryAssessmentRepository repository = new InMemoryAssessmentRepository(CLOCK);
        repository.create(record.assessmentId(), record.questionnaire(), Respondent.ANONYMOUS,
                record.startedAt().orElseThrow());
        Path returned = ReturnedPdfs.filled(appraisal, dir.resolve("returned.pdf"), FILLED);

        assertThat(reader.read(returned, repository).assessmentId()).isEqualTo(record.assessmentId());
    }

    @Test
    void anAssessmentNotOnThisComputerIsNamed() throws Exception {
        Path returned = ReturnedPdfs.filled(appraisal, dir.resolve("returned.pdf"), FILLED);
        assertFails(() -> reader.read(returned, new InMemoryAssessmentRepository(CLOCK)),
                ManagerResponseReader.Failure.UNKNOWN_ASSESSMENT);
        assertThatThrownBy(() -> reader.read(returned, new InMemoryAssessmentRepository(CLOCK)))
                .isInstanceOfSatisfying(ManagerResponseReader.UnreadableException.class,
                        e -> assertThat(e.assessmentId()).contains(record.assessmentId()));
    }

    @Test
    void aStoreThatFailsForAnotherReasonSaysSoItself() throws Exception {
        InMemoryAssessmentRepository broken = new InMemoryAssessmentRepository(CLOCK);
        broken.failFromNow();
        Path returned = ReturnedPdfs.filled(appraisal, dir.resolve("returned.pdf"), FILLED);
        assertThatThrownBy(() -> reader.read(returned, broken)).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.READ));
    }

    @Test
    void theUnfilledPdfSaysTheManagersPartIsStillEmpty() {
        assertFails(() -> reader.read(appraisal), ManagerResponseReader.Failure.EMPTY);
    }

    @Test
    void blankSpacesAloneAreStillEmpty() throws Exception {
        Path returned = ReturnedPdfs.filled(appraisal, dir.resolve("returned.pdf"), Map.of(
                ManagerResponseReader.NAME, "   ", ManagerResponseReader.COMMENTS, "\r\n"));
        assertFails(() -> reader.read(returned), ManagerResponseReader.Failure.EMPTY);
    }

    @Test
    void aFlattenedFormHasNoFieldsLeft() throws Exception {
        Path returned = ReturnedPdfs.filled(appraisal, dir.resolve("returned.pdf"), FILLED);
        Path flat = ReturnedPdfs.flattened(returned, dir.resolve("flat.pdf"));
        assertThat(EmbeddedResult.read(flat)).as("the attachment survives flattening").isNotEmpty();
        assertFails(() -> reader.read(flat), ManagerResponseReader.Failure.FLATTENED);
    }

    @Test
    void aPdfFromElsewhereIsNotAnAppraisal() throws Exception {
        assertFails(() -> reader.read(ReturnedPdfs.elsewhere(dir.resolve("minutes.pdf"))),
                ManagerResponseReader.Failure.NOT_AN_APPRAISAL);
    }

    @Test
    void damagedAndPasswordProtectedPdfsSaySo() throws Exception {
        Path damaged = Files.write(dir.resolve("damaged.pdf"), "%PDF-1.7\nnot really a PDF at all".getBytes());
        assertFails(() -> reader.read(damaged), ManagerResponseReader.Failure.DAMAGED);
        Path encrypted = dir.resolve("encrypted.pdf");
        try (InputStream in = getClass().getResourceAsStream("/uk/gov/gcs/digitalskills/io/insights/encrypted-user-password.pdf")) {
            Files.copy(in, encrypted);
        }
        assertFails(() -> reader.read(encrypted), ManagerResponseReader.Failure.ENCRYPTED);
    }

    private static void assertFails(org.assertj.core.api.ThrowableAssert.ThrowingCallable read,
                                    ManagerResponseReader.Failure failure) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ManagerResponseReader.UnreadableException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }
}
