package uk.gov.gcs.digitalskills.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.SteppedBackground;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;
import uk.gov.gcs.digitalskills.io.pdf.ReportFixtures;
import uk.gov.gcs.digitalskills.testing.InMemoryAssessmentRepository;
import uk.gov.gcs.digitalskills.testing.ReturnedPdfs;

/** The response flow with real PDFs: written by the app, filled in with iText as a manager's reader would. */
class ResponseViewModelTest {
    @TempDir
    static Path dir;
    private static Path blank;
    private static Path filled;
    private final Messages messages = Messages.english();
    private final RecordingRoutes routes = new RecordingRoutes();
    private final InMemoryAssessmentRepository store = new InMemoryAssessmentRepository(Clock.systemUTC());
    private AssessmentRecord record;

    @BeforeAll
    static void pdfs() {
        blank = ReturnedPdfs.appraisal(ReportFixtures.scored(ReportFixtures.fullRecord()), dir.resolve("appraisal.pdf"));
        filled = ReturnedPdfs.filled(blank, dir.resolve("filled.pdf"), "Zoë O’Brien", "20/04/2027", true,
                "A good objective.\nLet us review it in September.");
    }

    @BeforeEach
    void keep() {
        AssessmentRecord full = ReportFixtures.fullRecord();
        store.create(full.assessmentId(), full.questionnaire(), full.respondent(), full.startedAt().orElseThrow());
        full.answers().forEach((q, a) -> store.saveAnswer(full.assessmentId(), q, a));
        store.complete(full.assessmentId(), full.completedAt().orElseThrow());
        record = store.load(full.assessmentId());
    }

    private ResponseViewModel flow(Routes.ReturnTo returnTo) {
        return new ResponseViewModel(record, returnTo, new ManagerResponseReader()::read, store,
                new ImmediateBackground(), new ErrorPresenter(messages), messages,
                new Formats(messages, java.time.ZoneOffset.UTC), routes);
    }

    @Test
    void showsWhatWasReadAndStoresItOnlyWhenSaved() {
        ResponseViewModel vm = flow(Routes.ReturnTo.START);
        assertThat(vm.heading()).isEqualTo("Add your manager's response");
        vm.read(Optional.of(filled));
        ResponseViewModel.Found found = vm.foundProperty().get();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(found.name()).isEqualTo("Zoë O’Brien");
        assertThat(found.date()).isEqualTo("20 April 2027");
        assertThat(found.agreed()).isEqualTo("Yes");
        assertThat(found.comments()).isEqualTo("A good objective.\nLet us review it in September.");
        assertThat(found.forAssessment()).isEqualTo("This is the response to your assessment of 18 November 2026.");
        assertThat(store.load(record.assessmentId()).manager()).as("nothing is stored before Save").isEmpty();

        vm.save();
        assertThat(store.load(record.assessmentId()).manager()).hasValue(new ManagerResponse("Zoë O’Brien",
                Optional.of(LocalDate.of(2027, 4, 20)), Optional.of(true),
                "A good objective.\nLet us review it in September."));
        assertThat(routes.visits).containsExactly("start");
    }

    @Test
    void savingFromResultsReturnsToResultsWithTheResponse() {
        ResponseViewModel vm = flow(Routes.ReturnTo.RESULTS_FROM_HISTORY);
        vm.read(Optional.of(filled));
        vm.save();
        assertThat(routes.visits).containsExactly("results:history");
        assertThat(routes.lastRecord.manager()).isPresent();
    }

    @Test
    void cancellingTheDialogChangesNothing() {
        ResponseViewModel vm = flow(Routes.ReturnTo.HISTORY);
        vm.read(Optional.empty());
        assertThat(vm.foundProperty().get()).isNull();
        assertThat(vm.problemProperty().get()).isEmpty();
        vm.back();
        assertThat(routes.visits).containsExactly("history");
    }

    @Test
    void aPdfFromAnotherProgramIsNotAnAppraisalPdf() {
        assertThat(problemReading(ReturnedPdfs.other(dir.resolve("minutes.pdf"))))
                .isEqualTo(messages.get("error.response.notAppraisal"));
    }

    @Test
    void aPdfOfAnAssessmentNotOnThisComputerIsSaidToBeSo() {
        InMemoryAssessmentRepository empty = new InMemoryAssessmentRepository(Clock.systemUTC());
        ResponseViewModel vm = new ResponseViewModel(record, Routes.ReturnTo.START, new ManagerResponseReader()::read,
                empty, new ImmediateBackground(), new ErrorPresenter(messages), messages,
                new Formats(messages, java.time.ZoneOffset.UTC), routes);
        vm.read(Optional.of(filled));
        assertThat(vm.problemProperty().get()).isEqualTo(messages.get("error.response.unknownAssessment"));
        assertThat(vm.foundProperty().get()).isNull();
    }

    @Test
    void aPdfTheManagerLeftEmptyIsSaidToBeEmpty() {
        assertThat(problemReading(blank)).isEqualTo(messages.get("error.response.empty"));
    }

    @Test
    void aFlattenedPdfIsSaidToBeFlattenedOrPrinted() {
        assertThat(problemReading(ReturnedPdfs.flattened(filled, dir.resolve("flat.pdf"))))
                .isEqualTo(messages.get("error.response.flattened"));
    }

    @Test
    void aFileThatIsNotAPdfCannotBeRead() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pdf"), "not a pdf at all");
        assertThat(problemReading(junk)).isEqualTo(messages.get("error.response.damaged"));
    }

    @Test
    void aDateTheAppCannotReadIsShownAsTypedAndNotStored() {
        Path odd = ReturnedPdfs.filled(blank, dir.resolve("odd-date.pdf"), "Sam", "next Tuesday", null, "");
        ResponseViewModel vm = flow(Routes.ReturnTo.START);
        vm.read(Optional.of(odd));
        assertThat(vm.foundProperty().get().date())
                .isEqualTo("next Tuesday (not a date the app understands, so it is not saved)");
        assertThat(vm.foundProperty().get().agreed()).isEqualTo("Not said");
        assertThat(vm.foundProperty().get().comments()).isEqualTo("No comments");
    }

    @Test
    void aFailedSaveSaysSoAndKeepsWhatWasRead() {
        SteppedBackground stepped = new SteppedBackground();
        ResponseViewModel vm = new ResponseViewModel(record, Routes.ReturnTo.START, new ManagerResponseReader()::read,
                store, stepped, new ErrorPresenter(messages), messages,
                new Formats(messages, java.time.ZoneOffset.UTC), routes);
        vm.read(Optional.of(filled));
        assertThat(vm.workingProperty().get()).isTrue();
        stepped.runNext();
        vm.save();
        stepped.failNext(new DatabaseException(DatabaseException.Kind.WRITE, new IllegalStateException("disk")));
        assertThat(vm.problemProperty().get()).isEqualTo(messages.get("error.db.write"));
        assertThat(vm.foundProperty().get()).isNotNull();
        assertThat(vm.workingProperty().get()).isFalse();
        assertThat(routes.visits).isEmpty();
    }

    private String problemReading(Path pdf) {
        ResponseViewModel vm = flow(Routes.ReturnTo.START);
        vm.read(Optional.of(pdf));
        assertThat(vm.foundProperty().get()).isNull();
        return vm.problemProperty().get();
    }
}
