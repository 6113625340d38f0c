package uk.gov.gcs.digitalskills.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.SteppedBackground;
import uk.gov.gcs.digitalskills.io.WriteFailedException;

/** The steps every screen takes to save a file: where, the busy line, the confirmation, Open and the failures. */
class SavedFileTest {
    /** The team report's words; any kind's would do. */
    private static final SavedFile.Kind REPORT = new SavedFile.Kind("insights.report.dialogTitle",
            "insights.report.dialogFilter", ".pdf", "insights.report.busy", "insights.report.done",
            "insights.report.error");
    private static final SavedFile.Kind RESULT = new SavedFile.Kind("export.dialog.resultTitle",
            "export.dialog.resultFilter", ".dsa.json", "export.busy.result", "export.done.result",
            "export.error.unexpected");

    @TempDir
    Path dir;

    private final Messages messages = Messages.english();
    private final RecordingDesktop desktop = new RecordingDesktop();
    private final List<String> dialogs = new ArrayList<>();

    private SavedFile saved(Background background) {
        return new SavedFile(messages, background, new ErrorPresenter(messages), desktop, dir);
    }

    /** Answers the save dialog with {@code name} in the folder it starts in, or cancels for null. */
    private SaveDialog choosing(String name) {
        return (title, folder, suggested, filter, extension) -> {
            dialogs.add(String.join(" / ", title, String.valueOf(folder), suggested, filter, extension));
            return Optional.ofNullable(name).map(folder::resolve);
        };
    }

    private static SavedFile.Writer bytes(String text) {
        return target -> Files.writeString(target, text);
    }

    @Test
    void writesWhereThePersonChoseThenSaysWhereAndRemembersTheFolder() throws IOException {
        SavedFile file = saved(new ImmediateBackground());

        file.save(choosing("figures.pdf"), REPORT, "team.pdf", bytes("%PDF-"));

        assertThat(dialogs).containsExactly("Save the team report / " + dir + " / team.pdf / PDF documents / .pdf");
        Path written = dir.resolve("figures.pdf");
        assertThat(Files.readString(written)).isEqualTo("%PDF-");
        assertThat(file.savedProperty().get()).isEqualTo(written);
        assertThat(file.confirmationProperty().get()).isEqualTo("Team report saved as figures.pdf in " + dir + ".");
        assertThat(file.errorProperty().get()).isEmpty();
        assertThat(file.errorDetailsProperty().get()).isEmpty();
        assertThat(file.workingProperty().get()).isFalse();
        assertThat(file.busyTextProperty().get()).isEmpty();
        assertThat(file.folder()).isEqualTo(dir);
    }

    @Test
    void aNameWithoutTheExtensionGetsItAndOneWithItsLastPartKeepsItsOwn() {
        assertThat(SavedFile.withExtension(dir.resolve("team"), ".pdf")).isEqualTo(dir.resolve("team.pdf"));
        assertThat(SavedFile.withExtension(dir.resolve("TEAM.PDF"), ".pdf")).isEqualTo(dir.resolve("TEAM.PDF"));
        assertThat(SavedFile.withExtension(dir.resolve("mine"), ".dsa.json")).isEqualTo(dir.resolve("mine.dsa.json"));
        assertThat(SavedFile.withExtension(dir.resolve("mine.json"), ".dsa.json")).isEqualTo(dir.resolve("mine.json"));
    }

    @Test
    void cancellingTheDialogWritesNothingAndKeepsWhatWasShown() {
        SavedFile file = saved(new ImmediateBackground());
        file.save(choosing("first.dsa.json"), RESULT, "r.dsa.json", bytes("{}"));
        List<Path> written = new ArrayList<>();

        file.save(choosing(null), RESULT, "r.dsa.json", written::add);

        assertThat(written).isEmpty();
        assertThat(file.savedProperty().get()).isEqualTo(dir.resolve("first.dsa.json"));
        assertThat(file.confirmationProperty().get()).startsWith("Your result file has been saved as first.dsa.json");
    }

    @Test
    void aWriteThatFailsWithAReasonSaysItInOneSentenceWithDetailsToCopy() {
        SavedFile file = saved(new ImmediateBackground());
        SavedFile.Writer denied = target -> {
            throw new WriteFailedException(target, WriteFailedException.Reason.ACCESS_DENIED,
                    new java.nio.file.AccessDeniedException(target.toString(), null, "Permission denied"));
        };

        file.save(choosing("locked.pdf"), REPORT, "team.pdf", denied);

        assertThat(file.errorProperty().get()).isEqualTo(
                "locked.pdf could not be saved because you cannot write to " + dir + ". Choose another folder.");
        assertThat(file.errorDetailsProperty().get()).contains("AccessDeniedException", "Permission denied");
        assertThat(file.savedProperty().get()).isNull();
        assertThat(file.confirmationProperty().get()).isEmpty();
        assertThat(file.workingProperty().get()).isFalse();

        file.save(choosing("open.pdf"), REPORT, "team.pdf", bytes("%PDF-"));
        assertThat(file.errorProperty().get()).as("the next save starts clean").isEmpty();
        assertThat(file.errorDetailsProperty().get()).isEmpty();
        assertThat(file.savedProperty().get()).isEqualTo(dir.resolve("open.pdf"));
    }

    @Test
    void aFailureWithoutAReasonGetsTheKindsOwnSentence() {
        SavedFile file = saved(new ImmediateBackground());

        file.save(choosing("x.dsa.json"), RESULT, "r.dsa.json", target -> {
            throw new IllegalStateException("template missing");
        });

        assertThat(file.errorProperty().get()).isEqualTo(messages.get("export.error.unexpected"));
        assertThat(file.errorDetailsProperty().get()).contains("IllegalStateException", "template missing");
    }

    @Test
    void isBusyUntilTheWriteEndsAndIgnoresASecondSaveMeanwhile() {
        SteppedBackground background = new SteppedBackground();
        SavedFile file = saved(background);

        file.save(choosing("a.pdf"), REPORT, "team.pdf", bytes("a"));
        assertThat(file.workingProperty().get()).isTrue();
        assertThat(file.busyTextProperty().get()).isEqualTo("Making the team report\u2026");
        file.save(choosing("b.pdf"), REPORT, "team.pdf", bytes("b"));
        assertThat(dialogs).as("no second dialog while writing").hasSize(1);

        background.failNext(new WriteFailedException(dir.resolve("a.pdf"), WriteFailedException.Reason.IN_USE,
                new IOException("busy")));
        assertThat(file.workingProperty().get()).isFalse();
        assertThat(file.busyTextProperty().get()).isEmpty();
        assertThat(file.errorProperty().get())
                .isEqualTo("a.pdf is open in another program. Close it there and try again.");
        assertThat(background.pending()).isZero();
    }

    @Test
    void openAndShowInFolderHandTheSavedFileOverAndDoNothingBefore() {
        SavedFile file = saved(new ImmediateBackground());
        file.open();
        file.showInFolder();
        assertThat(desktop.calls).isEmpty();

        file.save(choosing("team.pdf"), REPORT, "team.pdf", bytes("%PDF-"));
        file.showInFolder();
        file.open();

        assertThat(desktop.calls).containsExactly("show " + dir.resolve("team.pdf"), "open " + dir.resolve("team.pdf"));
    }

    @Test
    void anOpenThatFailsSaysWhereTheFileIsAndKeepsTheConfirmation() {
        SavedFile file = saved(new ImmediateBackground());
        file.save(choosing("team.pdf"), REPORT, "team.pdf", bytes("%PDF-"));
        desktop.failure = new IOException("xdg-open not found");

        file.open();

        assertThat(file.errorProperty().get())
                .isEqualTo("The file could not be opened from here. You can find it in " + dir + ".");
        assertThat(file.errorDetailsProperty().get()).contains("xdg-open not found");
        assertThat(file.savedProperty().get()).isEqualTo(dir.resolve("team.pdf"));
        assertThat(file.confirmationProperty().get()).startsWith("Team report saved as team.pdf");

        desktop.failure = null;
        file.showInFolder();
        assertThat(file.errorProperty().get()).as("a working action clears the old sentence").isEmpty();
        assertThat(file.errorDetailsProperty().get()).isEmpty();
    }

    @Test
    void aProblemFoundBeforeAskingIsOneSentenceWithNothingToCopy() {
        SavedFile file = saved(new ImmediateBackground());
        file.save(choosing("x.pdf"), REPORT, "team.pdf", target -> {
            throw new IOException("disk");
        });
        assertThat(file.errorDetailsProperty().get()).isNotEmpty();

        file.fail(messages.get("export.error.nothing"));

        assertThat(file.errorProperty().get()).isEqualTo(messages.get("export.error.nothing"));
        assertThat(file.errorDetailsProperty().get()).isEmpty();
        assertThat(dialogs).hasSize(1);
    }
}
