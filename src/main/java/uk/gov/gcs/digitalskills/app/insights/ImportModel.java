package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.insights.ImportOutcome;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;

/**
 * Importing result files: progress as it goes, Cancel, and afterwards the summary (counts, the rejected files
 * and why, and the whole outcome as text to copy).
 */
public final class ImportModel {
    /** Reads the files into the insights store; {@code progress} reports and is asked whether to stop. */
    @FunctionalInterface
    public interface Importer {
        ImportReport importFiles(List<Path> paths, Background.Progress progress) throws Exception;
    }

    private final Background background;
    private final Messages messages;
    private final Importer importer;
    private final Consumer<Throwable> onError;
    private final Runnable afterImport;

    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> lastImport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summaryCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryDetails = new ReadOnlyStringWrapper("");
    private final ObservableList<String> rejections = FXCollections.observableArrayList();
    private final ObservableList<String> rejectionsView = FXCollections.unmodifiableObservableList(rejections);
    private boolean cancelRequested;
    private Background.Handle running;

    /**
     * @param onError     where a failed import goes (the screen's one error sentence)
     * @param afterImport runs after a finished import (the figures are worked out again)
     */
    public ImportModel(Background background, Messages messages, Importer importer, Consumer<Throwable> onError,
                       Runnable afterImport) {
        this.background = background;
        this.messages = messages;
        this.importer = importer;
        this.onError = onError;
        this.afterImport = afterImport;
    }

    /** Imports files and folders in the background; false (and nothing happens) if there is nothing to do. */
    public boolean start(List<Path> paths) {
        if (paths.isEmpty() || importing.get()) {
            return false;
        }
        importing.set(true);
        cancelRequested = false;
        progress.set(-1);
        progressText.set(messages.get("insights.progress.starting"));
        List<Path> copy = List.copyOf(paths);
        Background.Handle handle = background.task((Background.Progress p) -> importer.importFiles(copy, p))
                .withProgress(this::showProgress)
                .onSuccess(this::finished)
                .onError(Throwable.class, onError::accept)
                .andFinally(() -> {
                    importing.set(false);
                    running = null;
                })
                .start();
        // Work run at once (in tests) has finished already, and its handle is of no more use.
        if (importing.get()) {
            running = handle;
        }
        return true;
    }

    /** Asks the import to stop after the file in hand; what was read so far is kept. */
    public void cancel() {
        if (running != null) {
            cancelRequested = true;
            progressText.set(messages.get("insights.progress.cancelling"));
            running.cancel();
        }
    }

    private void showProgress(int done, int total) {
        if (cancelRequested) {
            return;
        }
        progress.set(total == 0 ? -1 : (double) done / total);
        progressText.set(messages.get("insights.progress", done, total));
    }

    private void finished(ImportReport result) {
        progress.set(result.filesFound() == 0 ? 0 : 1);
        progressText.set(result.cancelled()
                ? messages.get("insights.summary.cancelled", result.outcomes().size(), result.filesFound())
                : messages.get("insights.progress", result.outcomes().size(), result.outcomes().size()));
        lastImport.set(result);
        summaryCounts.set(messages.get("insights.summary.counts", result.imported().size(), result.duplicates().size(),
                result.conflicts().size(), result.rejected().size()));
        rejections.setAll(result.rejected().stream().map(this::outcomeLine).toList());
        summaryDetails.set(summaryText(result));
        afterImport.run();
    }

    private String summaryText(ImportReport result) {
        StringBuilder text = new StringBuilder(summaryCounts.get());
        String nl = System.lineSeparator();
        if (result.cancelled()) {
            text.append(nl).append(messages.get("insights.summary.cancelled", result.outcomes().size(),
                    result.filesFound()));
        }
        if (!result.recomputed().isEmpty()) {
            text.append(nl).append(messages.get("insights.summary.recomputed", result.recomputed().size()));
        }
        text.append(nl);
        // Rejections and conflicts first: they are what needs attention.
        List<ImportOutcome> ordered = new ArrayList<>(result.rejected());
        ordered.addAll(result.conflicts());
        ordered.addAll(result.duplicates());
        ordered.addAll(result.imported());
        ordered.forEach(o -> text.append(nl).append(outcomeLine(o)));
        return text.toString();
    }

    String outcomeLine(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported imported) {
            return imported.notes().contains(ImportOutcome.SCORES_RECOMPUTED)
                    ? messages.get("insights.outcome.importedRecomputed", imported.file())
                    : messages.get("insights.outcome.imported", imported.file());
        }
        if (outcome instanceof ImportOutcome.Duplicate duplicate) {
            return messages.get("insights.outcome.duplicate", duplicate.file());
        }
        if (outcome instanceof ImportOutcome.Conflict conflict) {
            return messages.get("insights.outcome.conflict", conflict.file());
        }
        ImportOutcome.Rejected rejected = (ImportOutcome.Rejected) outcome;
        return messages.get("insights.outcome.rejected", rejected.file(),
                messages.get("insights.reason." + rejected.reason().name().toLowerCase(Locale.ROOT)),
                rejected.detail());
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** 0 to 1; -1 while the number of files is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryCountsProperty() {
        return summaryCounts.getReadOnlyProperty();
    }

    /** The whole summary as text to copy: counts, then every file's outcome, problems first. */
    public ReadOnlyStringProperty summaryDetailsProperty() {
        return summaryDetails.getReadOnlyProperty();
    }

    public ObservableList<String> rejections() {
        return rejectionsView;
    }
}
