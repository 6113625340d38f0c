package uk.gov.gcs.digitalskills.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.SteppedBackground;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.pdf.EmbeddedResult;
import uk.gov.gcs.digitalskills.io.pdf.ReportFixtures;

class ExportViewModelTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final Messages messages = Messages.english();
    private final RecordingDesktop desktop = new RecordingDesktop();
    private final List<String> asked = new ArrayList<>();
    private Optional<ExportSubject> subject = Optional.of(subject(ReportFixtures.fullRecord()));

    private static ExportSubject subject(AssessmentRecord record) {
        ScoredResult scored = ReportFixtures.scored(record);
        return new ExportSubject(scored, record.objective()
                .flatMap(o -> ReportFixtures.toolkit().template(o.templateId())));
    }

    private ExportViewModel model(Background background) {
        return new ExportViewModel(messages, background, desktop, () -> subject, "9.9.9", TODAY, folder);
    }

    /** A dialog that records what it was asked and answers with a file name in the temp folder. */
    private SaveDialog answer(String name) {
        return (title, start, defaultName, filterName, extension) -> {
            asked.add(title + "|" + start + "|" + defaultName + "|" + filterName + "|" + extension);
            return name == null ? Optional.empty() : Optional.of(folder.resolve(name));
        };
    }

    @Test
    void defaultNamesUseTheNameOrTheIdAndTheDateCompleted() {
        ExportViewModel model = model(new ImmediateBackground());
        assertThat(model.defaultFileName(ExportViewModel.Kind.PDF, ReportFixtures.fullRecord()))
                .isEqualTo("digital-skills-alex-morgan-2026-11-18.pdf");
        assertThat(model.defaultFileName(ExportViewModel.Kind.RESULT_FILE, ReportFixtures.minimalRecord()))
                .isEqualTo("digital-skills-00000000-2026-11-18.dsa.json");
        AssessmentRecord full = ReportFixtures.fullRecord();
        AssessmentRecord unfinished = new AssessmentRecord(full.assessmentId(), full.questionnaire(),
                new uk.gov.gcs.digitalskills.core.assessment.Respondent("Siân O'Brien-Évans", null, null, null),
                full.startedAt(), Optional.empty(), full.answers(), full.evidence(), full.objective());
        assertThat(model.defaultFileName(ExportViewModel.Kind.PDF, unfinished))
                .isEqualTo("digital-skills-sian-o-brien-evans-2026-12-01.pdf");
    }

    @Test
    void downloadPdfAsksWithTheDefaultNameThenSavesAndConfirms() throws Exception {
        ExportViewModel model = model(new ImmediateBackground());

        model.downloadPdf(answer("my report.pdf"));

        assertThat(asked).containsExactly("Save your appraisal PDF|" + folder
                + "|digital-skills-alex-morgan-2026-11-18.pdf|PDF documents|.pdf");
        Path saved = folder.resolve("my report.pdf");
        assertThat(model.file().savedProperty().get()).isEqualTo(saved);
        assertThat(Files.readAllBytes(saved)).startsWith("%PDF-".getBytes());
        assertThat(model.file().confirmationProperty().get())
                .isEqualTo("Your PDF has been saved as my report.pdf in " + folder + ".");
        assertThat(model.file().errorProperty().get()).isEmpty();
        assertThat(model.file().workingProperty().get()).isFalse();
    }

    @Test
    void thePdfEmbedsExactlyTheSavedResultFile() throws Exception {
        ExportViewModel model = model(new ImmediateBackground());
        model.downloadPdf(answer("report.pdf"));
        model.saveResultFile(answer("result.dsa.json"));

        byte[] resultFile = Files.readAllBytes(folder.resolve("result.dsa.json"));
        assertThat(EmbeddedResult.read(folder.resolve("report.pdf"))).isEqualTo(resultFile);
        ScoredResult scored = subject.get().result();
        assertThat(resultFile).isEqualTo(ResultJson.toBytes(scored.record(), scored.scores()));
        assertThat(model.file().confirmationProperty().get())
                .startsWith("Your result file has been saved as result.dsa.json");
    }

    @Test
    void aNameTypedWithoutExtensionGetsOne() {
        ExportViewModel model = model(new ImmediateBackground());
        model.downloadPdf(answer("appraisal"));
        model.saveResultFile(answer("for-training-lead"));
        assertThat(folder.resolve("appraisal.pdf")).exists();
        assertThat(folder.resolve("for-training-lead.dsa.json")).exists();
    }

    @Test
    void cancellingSavesNothingAndSaysNothing() throws Exception {
        ExportViewModel model = model(new ImmediateBackground());
        model.downloadPdf(answer(null));
        assertThat(asked).hasSize(1);
        assertThat(Files.list(folder)).isEmpty();
        assertThat(model.file().errorProperty().get()).isEmpty();
        assertThat(model.file().savedProperty().get()).isNull();
    }

    @Test
    void theNextDialogStartsInTheFolderUsedLast() throws Exception {
        ExportViewModel model = model(new ImmediateBackground());
        Path sub = Files.createDirectory(folder.resolve("appraisals"));
        model.downloadPdf((t, start, name, f, e) -> Optional.of(sub.resolve(name)));
        model.saveResultFile(answer(null));
        assertThat(asked.get(0)).contains("|" + sub + "|");
        assertThat(model.file().folder()).isEqualTo(sub);
    }

    @Test
    void anIncompleteResultGetsNoPdfButCanBeSavedAsAResultFile() {
        subject = Optional.of(subject(ReportFixtures.incompleteRecord()));
        ExportViewModel model = model(new ImmediateBackground());

        model.downloadPdf(answer("report.pdf"));
        assertThat(asked).isEmpty();
        assertThat(model.file().errorProperty().get()).startsWith("Your PDF needs every question answered.");

        model.saveResultFile(answer("draft.dsa.json"));
        assertThat(folder.resolve("draft.dsa.json")).exists();
        assertThat(model.file().errorProperty().get()).isEmpty();
    }

    @Test
    void nothingToExportSaysSo() {
        subject = Optional.empty();
        ExportViewModel model = model(new ImmediateBackground());
        model.downloadPdf(answer("report.pdf"));
        assertThat(model.file().errorProperty().get()).isEqualTo(
                "There is no result to save yet. Finish the assessment first.");
    }

    @Test
    void aFailedWriteGivesOnePlainSentenceAndNoConfirmation() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        ExportViewModel model = model(new ImmediateBackground());

        model.downloadPdf((t, s, n, f, e) -> Optional.of(notAFolder.resolve("report.pdf")));

        assertThat(model.file().errorProperty().get()).startsWith("report.pdf could not be saved").doesNotContain("\n");
        assertThat(model.file().savedProperty().get()).isNull();
        assertThat(model.file().confirmationProperty().get()).isEmpty();
        assertThat(model.file().workingProperty().get()).isFalse();
        // "Copy details" has what support needs: the failure and its cause, never shown as the sentence.
        assertThat(model.file().errorDetailsProperty().get()).contains("report.pdf").contains("Exception");

        // The next attempt starts clean: no stale sentence or details.
        model.downloadPdf((t, s, n, f, e) -> Optional.empty());
        assertThat(model.file().errorProperty().get()).isEmpty();
        assertThat(model.file().errorDetailsProperty().get()).isEmpty();
    }

    @Test
    void isWorkingWithABusyTextUntilTheBackgroundWorkFinishes() {
        SteppedBackground background = new SteppedBackground();
        ExportViewModel model = model(background);

        model.downloadPdf(answer("report.pdf"));
        assertThat(model.file().workingProperty().get()).isTrue();
        assertThat(model.file().busyTextProperty().get()).isEqualTo("Making your PDF\u2026");
        model.saveResultFile(answer("ignored.dsa.json"));
        assertThat(asked).as("a second export waits for the first").hasSize(1);

        assertThat(background.pending()).isEqualTo(1);
        background.runNext();
        assertThat(model.file().workingProperty().get()).isFalse();
        assertThat(model.file().busyTextProperty().get()).isEmpty();
        assertThat(model.file().savedProperty().get()).isEqualTo(folder.resolve("report.pdf"));
    }

    @Test
    void openAndShowInFolderHandTheSavedFileToTheDesktop() {
        ExportViewModel model = model(new ImmediateBackground());
        model.file().open();
        assertThat(desktop.calls).as("nothing saved yet").isEmpty();

        model.downloadPdf(answer("report.pdf"));
        model.file().open();
        model.file().showInFolder();

        assertThat(desktop.calls).containsExactly("open " + folder.resolve("report.pdf"),
                "show " + folder.resolve("report.pdf"));
    }

    @Test
    void aDesktopThatCannotOpenTheFileSaysWhereItIs() {
        desktop.failure = new UnsupportedOperationException("no desktop");
        ExportViewModel model = model(new ImmediateBackground());
        model.downloadPdf(answer("report.pdf"));
        model.file().open();
        assertThat(model.file().errorProperty().get())
                .isEqualTo("The file could not be opened from here. You can find it in " + folder + ".");
    }
}
