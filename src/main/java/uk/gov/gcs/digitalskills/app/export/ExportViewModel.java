package uk.gov.gcs.digitalskills.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.UserError;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.pdf.AppraisalExport;

/**
 * "Download your PDF" and "Save result file": ask where, write off the FX thread (atomically), then confirm
 * with "Open" and "Show in folder", or say in one sentence what went wrong. Holds no nodes.
 */
public final class ExportViewModel {
    /** The two files a person can save. */
    public enum Kind {
        PDF(".pdf"), RESULT_FILE(".dsa.json");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final Messages messages;
    private final Background background;
    private final ErrorPresenter errors;
    private final DesktopActions desktop;
    private final Supplier<Optional<ExportSubject>> subject;
    private final AppraisalExport export;
    private final Clock clock;
    private Path folder;

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> savedFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");

    /**
     * @param subject    the result the screen shows now (empty when there is none yet)
     * @param appVersion printed in the PDF's footer
     */
    public ExportViewModel(Messages messages, Background background, DesktopActions desktop,
                           Supplier<Optional<ExportSubject>> subject, String appVersion) {
        this(messages, background, new ErrorPresenter(messages), desktop, subject, appVersion);
    }

    /** @param errors words failures and logs them (the app passes the one that names the log file) */
    public ExportViewModel(Messages messages, Background background, ErrorPresenter errors, DesktopActions desktop,
                           Supplier<Optional<ExportSubject>> subject, String appVersion) {
        this(messages, background, errors, desktop, subject, appVersion, Clock.systemDefaultZone(), defaultFolder());
    }

    ExportViewModel(Messages messages, Background background, DesktopActions desktop,
                    Supplier<Optional<ExportSubject>> subject, String appVersion, Clock clock, Path startFolder) {
        this(messages, background, new ErrorPresenter(messages), desktop, subject, appVersion, clock, startFolder);
    }

    ExportViewModel(Messages messages, Background background, ErrorPresenter errors, DesktopActions desktop,
                    Supplier<Optional<ExportSubject>> subject, String appVersion, Clock clock, Path startFolder) {
        this.messages = messages;
        this.background = background;
        this.errors = errors;
        this.desktop = desktop;
        this.subject = subject;
        this.export = new AppraisalExport(appVersion);
        this.clock = clock;
        this.folder = startFolder;
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    public void downloadPdf(SaveDialog dialog) {
        export(Kind.PDF, dialog);
    }

    public void saveResultFile(SaveDialog dialog) {
        export(Kind.RESULT_FILE, dialog);
    }

    private void export(Kind kind, SaveDialog dialog) {
        if (working.get()) {
            return;
        }
        clearError();
        Optional<ExportSubject> current = subject.get();
        if (current.isEmpty()) {
            error.set(messages.get("export.error.nothing"));
            return;
        }
        ScoredResult result = current.get().result();
        if (kind == Kind.PDF && !result.scores().complete()) {
            error.set(messages.get("export.error.incomplete"));
            return;
        }
        String key = kind == Kind.PDF ? "pdf" : "result";
        Optional<Path> chosen = dialog.chooseSaveFile(messages.get("export.dialog." + key + "Title"), folder,
                defaultFileName(kind, result.record()), messages.get("export.dialog." + key + "Filter"),
                kind.extension());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get().toAbsolutePath(), kind);
        folder = target.getParent();
        savedFile.set(null);
        confirmation.set("");
        busyText.set(messages.get("export.busy." + key));
        working.set(true);
        background.task(() -> {
            if (kind == Kind.PDF) {
                export.writePdf(result, current.get().template(), target);
            } else {
                export.writeResultFile(result, target);
            }
            return target;
        }).onSuccess(saved -> {
            savedFile.set(saved);
            confirmation.set(messages.get("export.done." + key, saved.getFileName().toString(),
                    String.valueOf(saved.getParent())));
        }).onError(Throwable.class, failure -> show(errors.present(failure, "export.error.unexpected")))
                .andFinally(() -> {
                    working.set(false);
                    busyText.set("");
                }).start();
    }

    /** {@code digital-skills-<name or id>-<date>.pdf} (or {@code .dsa.json}); the date is when it was completed. */
    public String defaultFileName(Kind kind, AssessmentRecord record) {
        String who = slug(record.respondent().name());
        if (who.isEmpty()) {
            who = record.assessmentId().toString().substring(0, 8);
        }
        LocalDate date = record.completedAt().map(t -> t.toLocalDate()).orElse(LocalDate.now(clock));
        return "digital-skills-" + who + "-" + date + kind.extension();
    }

    static String slug(String name) {
        if (name == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    /** Adds the extension when the person typed a name without it (GTK's dialog does not). */
    static Path withExtension(Path file, Kind kind) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean has = kind == Kind.PDF ? lower.endsWith(".pdf") : lower.endsWith(".json");
        return has ? file : file.resolveSibling(name + kind.extension());
    }

    public void openSaved() {
        hand(desktop::open);
    }

    public void showSavedInFolder() {
        hand(desktop::showInFolder);
    }

    private interface FileAction {
        void accept(Path file) throws Exception;
    }

    private void hand(FileAction action) {
        Path file = savedFile.get();
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

    /** True while a file is being made and saved; the view shows a busy indicator and disables the buttons. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** The file saved last, for "Open" and "Show in folder"; null until one is saved. */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** One plain sentence when something went wrong; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What "Copy details" copies for a failure (its causes and the log file); empty when there is none to copy. */
    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    private void show(UserError failure) {
        error.set(failure.sentence());
        errorDetails.set(failure.details());
    }

    private void clearError() {
        error.set("");
        errorDetails.set("");
    }

    /** The folder the next save dialog starts in: the last one used. */
    public Path folder() {
        return folder;
    }
}
