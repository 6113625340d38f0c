package uk.gov.gcs.digitalskills.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Saving a file a screen makes, the one way every screen does it: ask where ({@link SaveDialog}, starting in
 * the folder used last), write it on the jobs lane with a busy line, then a confirmation with "Open" and
 * "Show in folder" ({@link DesktopActions}), or one sentence from {@link ErrorPresenter} with details to copy.
 * The appraisal PDF and result file (Results) and the team report (Team insights) use it; {@link SavedFileView}
 * shows it. Holds no nodes.
 */
public final class SavedFile {
    /**
     * One kind of file and its words, all message keys: the save dialog's title and filter name, the busy line,
     * the confirmation (given the file's name and its folder) and the sentence for a failure without a reason.
     *
     * @param extension with its dot, such as {@code ".pdf"} or {@code ".dsa.json"}
     */
    public record Kind(String titleKey, String filterKey, String extension, String busyKey, String doneKey,
                       String errorKey) {
    }

    /** Writes the file to the chosen place; a {@code WriteFailedException} carries the reason it could not. */
    @FunctionalInterface
    public interface Writer {
        void write(Path target) throws Exception;
    }

    private final Messages messages;
    private final Background background;
    private final ErrorPresenter errors;
    private final DesktopActions desktop;
    private Path folder;

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");

    /** The first save dialog starts in the person's Documents folder (or their home folder). */
    public SavedFile(Messages messages, Background background, ErrorPresenter errors, DesktopActions desktop) {
        this(messages, background, errors, desktop, defaultFolder());
    }

    /** @param startFolder where the first save dialog starts */
    public SavedFile(Messages messages, Background background, ErrorPresenter errors, DesktopActions desktop,
                     Path startFolder) {
        this.messages = messages;
        this.background = background;
        this.errors = errors;
        this.desktop = desktop;
        this.folder = startFolder;
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /**
     * Asks where to save a {@code kind} of file, suggesting {@code suggestedName}, then has {@code writer} write
     * it in the background. Does nothing while a file is being written, or when the person cancels the dialog.
     */
    public void save(SaveDialog dialog, Kind kind, String suggestedName, Writer writer) {
        if (working.get()) {
            return;
        }
        clearError();
        Optional<Path> chosen = dialog.chooseSaveFile(messages.get(kind.titleKey()), folder, suggestedName,
                messages.get(kind.filterKey()), kind.extension());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get().toAbsolutePath(), kind.extension());
        folder = target.getParent();
        saved.set(null);
        confirmation.set("");
        busyText.set(messages.get(kind.busyKey()));
        working.set(true);
        background.task(() -> {
            writer.write(target);
            return target;
        }).onSuccess(file -> {
            saved.set(file);
            confirmation.set(messages.get(kind.doneKey(), file.getFileName().toString(),
                    String.valueOf(file.getParent())));
        }).onError(Throwable.class, failure -> show(errors.present(failure, kind.errorKey())))
                .andFinally(() -> {
                    working.set(false);
                    busyText.set("");
                }).start();
    }

    /**
     * Adds the extension when the person typed a name without it (GTK's dialog does not). A name that ends in
     * the extension's last part is kept: "result.json" stays, "result" becomes "result.dsa.json".
     */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        String last = extension.substring(extension.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).endsWith(last) ? file : file.resolveSibling(name + extension);
    }

    /** Says why nothing can be saved yet, found before asking where (such as an unfinished result). */
    public void fail(String sentence) {
        error.set(sentence);
        errorDetails.set("");
    }

    /** Opens the saved file in the program the system uses for it. */
    public void open() {
        hand(desktop::open);
    }

    /** Opens the folder holding the saved file. */
    public void showInFolder() {
        hand(desktop::showInFolder);
    }

    private interface FileAction {
        void accept(Path file) throws Exception;
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

    private void show(UserError failure) {
        error.set(failure.sentence());
        errorDetails.set(failure.details());
    }

    private void clearError() {
        error.set("");
        errorDetails.set("");
    }

    /** True while a file is being made and saved; the screen shows the busy line and disables its buttons. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** What is being made, such as "Making your PDF…"; empty when nothing is. */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** The file saved last, for "Open" and "Show in folder"; null until one is saved. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Where the file saved last went, as a sentence; empty until one is saved. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** One plain sentence when the file could not be saved or opened; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What "Copy details" copies for a failure (its causes and the log file); empty when there is none. */
    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    /** The folder the next save dialog starts in: the last one used. */
    public Path folder() {
        return folder;
    }
}
