package uk.gov.gcs.digitalskills.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.SteppedBackground;
import uk.gov.gcs.digitalskills.app.export.SaveDialog;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;

/** "Download team report" in the view-model: the dialog, the busy state, the confirmation and a failing writer. */
class TeamReportDownloadTest {
    @TempDir
    Path dir;

    private static final Clock DAY = Clock.fixed(Instant.parse("2027-03-31T09:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.english();
    private final List<Path> written = new ArrayList<>();
    private final List<InsightsReport> reports = new ArrayList<>();
    private TeamReportWriter writer = (report, stored, target) -> {
        reports.add(report);
        written.add(target);
    };
    private InsightsViewModel vm;
    private SteppedBackground stepped;

    private InsightsViewModel model(uk.gov.gcs.digitalskills.app.common.Background background) {
        return new InsightsViewModel(() -> new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library()), background, DAY, new ErrorPresenter(messages), messages,
                (report, stored, target) -> writer.write(report, stored, target), desktop);
    }

    /** What was handed to the system, as "open:" or "folder:" plus the file. */
    private final List<String> handed = new ArrayList<>();
    private final uk.gov.gcs.digitalskills.app.export.DesktopActions desktop =
            new uk.gov.gcs.digitalskills.app.export.DesktopActions() {
                @Override
                public void open(Path file) {
                    handed.add("open:" + file);
                }

                @Override
                public void showInFolder(Path file) throws java.io.IOException {
                    if (file.getFileName().toString().startsWith("no-folder")) {
                        throw new java.io.IOException("no file manager");
                    }
                    handed.add("folder:" + file);
                }
            };

    @BeforeEach
    void imported() {
        Path folder = dir.resolve("in");
        Random random = new Random(9);
        for (int i = 0; i < 6; i++) {
            InsightsFixtures.writeResult(folder, "r" + i + ".dsa.json",
                    InsightsFixtures.record(random, "press-office", "heo", "cabinet-office"));
        }
        vm = model(new ImmediateBackground());
        vm.importPaths(List.of(folder));
        assertThat(vm.hasResultsProperty().get()).isTrue();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private SaveDialog answering(Path file, List<String> asked) {
        return (title, folder, name, filter, extension) -> {
            asked.add(title + " | " + name + " | " + filter + " | " + extension);
            return Optional.ofNullable(file);
        };
    }

    @Test
    void savesTheFiguresOnScreenAndConfirmsWhere() {
        List<String> asked = new ArrayList<>();
        vm.downloadReport(answering(dir.resolve("out").resolve("for the director"), asked));

        assertThat(asked).containsExactly("Save the team report | team-digital-skills-report-2027-03-31.pdf"
                + " | PDF documents | .pdf");
        Path expected = dir.resolve("out").resolve("for the director.pdf").toAbsolutePath();
        assertThat(written).containsExactly(expected);
        assertThat(reports).containsExactly(vm.reportProperty().get());
        assertThat(vm.reportDownload().file().confirmationProperty().get())
                .isEqualTo("Team report saved as for the director.pdf in " + expected.getParent() + ".");
        assertThat(vm.reportDownload().file().savedProperty().get()).isEqualTo(expected);
        assertThat(vm.reportDownload().file().errorProperty().get()).isEmpty();
        assertThat(vm.reportDownload().file().workingProperty().get()).isFalse();
    }

    @Test
    void theSavedReportOpensOrShowsItsFolderAndAFailureThereIsOneSentenceWithDetails() {
        vm.reportDownload().file().open();
        assertThat(handed).as("nothing saved yet, nothing to open").isEmpty();

        vm.downloadReport(answering(dir.resolve("report.pdf"), new ArrayList<>()));
        Path saved = vm.reportDownload().file().savedProperty().get();
        vm.reportDownload().file().open();
        vm.reportDownload().file().showInFolder();
        assertThat(handed).containsExactly("open:" + saved, "folder:" + saved);

        vm.downloadReport(answering(dir.resolve("no-folder.pdf"), new ArrayList<>()));
        vm.reportDownload().file().showInFolder();
        assertThat(vm.reportDownload().file().errorProperty().get()).isEqualTo(
                "The file could not be opened from here. You can find it in " + saved.getParent() + ".");
        assertThat(vm.reportDownload().file().errorDetailsProperty().get()).contains("no file manager");
    }

    @Test
    void cancellingTheDialogWritesNothing() {
        vm.downloadReport(answering(null, new ArrayList<>()));
        assertThat(written).isEmpty();
        assertThat(vm.reportDownload().file().confirmationProperty().get()).isEmpty();
    }

    @Test
    void aFailingWriterGivesOnePlainSentenceAndTheButtonWorksAgain() {
        Path target = dir.resolve("locked.pdf");
        writer = (report, stored, t) -> {
            throw new WriteFailedException(t, WriteFailedException.Reason.DISK_FULL,
                    new java.io.IOException("No space left on device"));
        };
        vm.downloadReport(answering(target, new ArrayList<>()));

        assertThat(vm.reportDownload().file().errorProperty().get()).isEqualTo(
                "locked.pdf could not be saved because the disk is full. Free some space or choose another folder.")
                .doesNotContain("Exception", "No space left");
        assertThat(vm.reportDownload().file().confirmationProperty().get()).isEmpty();
        assertThat(vm.reportDownload().file().workingProperty().get()).isFalse();

        writer = (report, stored, t) -> written.add(t);
        vm.downloadReport(answering(target, new ArrayList<>()));
        assertThat(written).containsExactly(target.toAbsolutePath());
        assertThat(vm.reportDownload().file().errorProperty().get()).isEmpty();
    }

    @Test
    void showsBusyWhileWritingAndIgnoresASecondClick() {
        vm.close();
        stepped = new SteppedBackground();
        vm = model(stepped);
        vm.importPaths(List.of(dir.resolve("in")));
        stepped.runAll();
        List<String> asked = new ArrayList<>();
        vm.downloadReport(answering(dir.resolve("a.pdf"), asked));
        assertThat(vm.reportDownload().file().workingProperty().get()).isTrue();
        assertThat(vm.reportDownload().file().busyTextProperty().get()).isEqualTo("Making the team report\u2026");
        vm.downloadReport(answering(dir.resolve("b.pdf"), asked));
        assertThat(asked).hasSize(1);
        stepped.runNext();
        assertThat(vm.reportDownload().file().workingProperty().get()).isFalse();
        assertThat(vm.reportDownload().file().busyTextProperty().get()).isEmpty();
        assertThat(written).containsExactly(dir.resolve("a.pdf").toAbsolutePath());
        assertThat(Files.exists(dir.resolve("b.pdf"))).isFalse();
    }
}
