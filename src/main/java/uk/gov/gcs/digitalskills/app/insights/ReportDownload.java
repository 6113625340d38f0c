package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.UserError;
import uk.gov.gcs.digitalskills.app.export.DesktopActions;
import uk.gov.gcs.digitalskills.app.export.SaveDialog;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;

/**
 * "Download team report": asks where, writes the PDF of the figures on screen on the jobs lane with a busy line,
 * then a confirmation with "Open" and "Show in folder", or one sentence (and details to copy) saying what went
 * wrong: the same steps as the appraisal PDF's export.
 */
public final class ReportDownload {
    private final Background background;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final Clock clock;
    private final TeamReportWriter writer;
    private final DesktopActions desktop;
    private Path folder = defaultFolder();

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();

    ReportDownload(Background background, ErrorPresenter errors, Messages messages, Clock clock,
                   TeamReportWriter writer, DesktopActions desktop) {
        this.background = background;
        this.errors = errors;
        this.messages = messages;
        this.clock = clock;
        this.writer = writer;
        this.desktop = desktop;
    }

    /** The file name the save dialog suggests, dated today. */
    public String suggestedName() {
        return "team-digital-skills-report-" + LocalDate.now(clock) + ".pdf";
    }

    /** Does nothing while a report is being written, or when there are no figures to write. */
    void start(SaveDialog dialog, InsightsReport figures, int storedResults) {
        if (working.get() || figures == null) {
            return;
        }
        clearError();
        Optional<Path> chosen = dialog.chooseSaveFile(messages.get("insights.report.dialogTitle"), folder,
                suggestedName(), messages.get("insights.report.dialogFilter"), ".pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withPdfExtension(chosen.get().toAbsolutePath());
        folder = target.getParent();
        saved.set(null);
        confirmation.set("");
        busyText.set(messages.get("insights.report.busy"));
        working.set(true);
        background.task(() -> {
            writer.write(figures, storedResults, target);
            return target;
        }).onSuccess(file -> {
            saved.set(file);
            confirmation.set(messages.get("insights.report.done", file.getFileName().toString(),
                    String.valueOf(file.getParent())));
        }).onError(Throwable.class, e -> show(errors.present(e, "insights.report.error")))
                .andFinally(() -> {
                    working.set(false);
                    busyText.set("");
                }).start();
    }

    /** Opens the saved report in the system's PDF reader. */
    public void openSaved() {
        hand(desktop::open);
    }

    /** Opens the folder holding the saved report. */
    public void showSavedInFolder() {
        hand(desktop::showInFolder);
    }

    private void hand(FileAction action) {
        Path file = saved.get();
        if (file == null) {
            return;
        }
        clearError();
        try {
            action.accept(file);
        } catch (Exception | LinkageError e) {
            show(errors.present(e, "export.error.open", String.valueOf(file.getParent())));
        }
    }

    /** Adds ".pdf" when the person typed a name without it (GTK's dialog does not). */
    static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private void show(UserError failure) {
        error.set(failure.sentence());
        errorDetails.set(failure.details());
    }

    private void clearError() {
        error.set("");
        errorDetails.set("");
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** One plain sentence when the report could not be written or opened; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What "Copy details" copies for that failure; empty when there is none. */
    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    /** The report saved last; null until one is. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    @FunctionalInterface
    private interface FileAction {
        void accept(Path file) throws Exception;
    }
}
