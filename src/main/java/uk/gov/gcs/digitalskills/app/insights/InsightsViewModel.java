package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.UserError;
import uk.gov.gcs.digitalskills.app.export.DesktopActions;
import uk.gov.gcs.digitalskills.app.export.SaveDialog;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.Figures;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.GroupRow;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.LevelBar;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.QuestionRow;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.io.insights.InsightsCsv;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.pdf.TeamReport;

/**
 * The Team insights screen's state and actions. It glues three parts: {@link ImportModel} (import with progress
 * and cancel, and its summary), {@link InsightsFilters} (the query) and {@link FiguresPresenter} (the figures as
 * rows of text the view only binds to). The insights store is opened on first use, in the background; call
 * {@link #close()} when leaving the app.
 */
public final class InsightsViewModel implements AutoCloseable {
    /** Where nothing can be handed to the system (tests of the figures): Open and Show in folder do nothing. */
    private static final DesktopActions NO_DESKTOP = new DesktopActions() {
        @Override
        public void open(Path file) {
        }

        @Override
        public void showInFolder(Path file) {
        }
    };

    private final Callable<InsightsService> opener;
    private final Background background;
    private final Clock clock;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final FiguresPresenter presenter;
    private final InsightsFilters filters;
    private final ImportModel imports;
    private volatile InsightsService service;
    private final ReportDownload download;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<InsightsReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suppressionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chartDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper groupHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasResults = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> levelLabels = FXCollections.observableArrayList();
    private final ObservableList<LevelBar> levelBars = FXCollections.observableArrayList();
    private final ObservableList<QuestionRow> lowestQuestions = FXCollections.observableArrayList();
    private final ObservableList<String> areaTitles = FXCollections.observableArrayList();
    private final ObservableList<GroupRow> groupRows = FXCollections.observableArrayList();
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper("");
    private final ObservableList<MorePresenter.CalibrationRow> calibrationRows = FXCollections.observableArrayList();
    private final ObservableList<MorePresenter.ObjectiveRow> objectiveRows = FXCollections.observableArrayList();
    private final ObservableList<MorePresenter.AreaQuality> quality = FXCollections.observableArrayList();
    private final MorePresenter more;
    private int stored;

    /**
     * @param opener     opens the insights store, such as {@code () -> InsightsService.open(dataFolder)}; run in
     *                   the background on first use
     * @param background for the import (with progress and cancel), queries and CSV export
     * @param clock      dates the suggested CSV file name
     */
    public InsightsViewModel(Callable<InsightsService> opener, Background background, Clock clock,
                             Messages messages) {
        this(opener, background, clock, new ErrorPresenter(messages), messages);
    }

    /** @param errors words failures and logs them (the app passes the one that names the log file) */
    public InsightsViewModel(Callable<InsightsService> opener, Background background, Clock clock,
                             ErrorPresenter errors, Messages messages) {
        this(opener, background, clock, errors, messages, (report, count, target) -> new TeamReport(
                AppVersion.current()).save(report, count, Optional.empty(), LocalDate.now(clock), target),
                NO_DESKTOP);
    }

    /**
     * @param teamReport writes "Download team report"'s PDF (the app's finds the questionnaire's learning)
     * @param desktop    opens the saved report, or its folder
     */
    public InsightsViewModel(Callable<InsightsService> opener, Background background, Clock clock,
                             ErrorPresenter errors, Messages messages, TeamReportWriter teamReport,
                             DesktopActions desktop) {
        this.download = new ReportDownload(background, errors, messages, clock, teamReport, desktop);
        this.opener = opener;
        this.background = background;
        this.clock = clock;
        this.errors = errors;
        this.messages = messages;
        this.presenter = new FiguresPresenter(messages);
        this.more = new MorePresenter(messages, presenter);
        this.filters = new InsightsFilters(messages);
        this.imports = new ImportModel(background, messages,
                (paths, progress) -> service().importFiles(paths, progress::update, progress::cancelled),
                this::showError, () -> {
                    // Fresh results may bring a newer version: show the newest again, as at the start.
                    filters.versionProperty().set(null);
                    refresh();
                });
        suppressionText.set(presenter.suppressionText(filters.minGroupSizeProperty().get()));
    }

    /** Opens the store if need be and shows what it holds. */
    public void load() {
        refresh();
    }

    private InsightsService service() throws Exception {
        InsightsService current = service;
        if (current == null) {
            synchronized (this) {
                if (service == null) {
                    service = opener.call();
                }
                current = service;
            }
        }
        return current;
    }

    /** Imports files and folders in the background; progress, then the summary and fresh figures follow. */
    public void importPaths(List<Path> paths) {
        if (!paths.isEmpty() && !imports.importingProperty().get()) {
            error.set("");
            errorDetails.set("");
            notice.set("");
            imports.start(paths);
        }
    }

    /** Asks the import to stop after the file in hand; what was read so far is kept. */
    public void cancelImport() {
        imports.cancel();
    }

    /** Checks the filters and, if they are fine, recomputes the figures in the background. */
    public void refresh() {
        Optional<InsightsQuery> query = filters.query();
        if (query.isEmpty()) {
            return;
        }
        loading.set(true);
        background.task(() -> {
            InsightsService s = service();
            return new Snapshot(s.storedCount(), s.query(query.get()));
        }).onSuccess(this::show).onError(Throwable.class, this::showError)
                .andFinally(() -> loading.set(false)).start();
    }

    private record Snapshot(int stored, InsightsReport report) {
    }

    /** The query the filters describe, or empty with {@link #filterErrorProperty()} saying what to fix. */
    Optional<InsightsQuery> query() {
        return filters.query();
    }

    private void show(Snapshot snapshot) {
        Figures figures = presenter.present(snapshot.stored(), snapshot.report());
        stored = figures.stored();
        report.set(snapshot.report());
        suppressionText.set(figures.suppressionText());
        hasResults.set(figures.hasResults());
        countText.set(figures.countText());
        levelLabels.setAll(figures.levelLabels());
        areaTitles.setAll(figures.areaTitles());
        levelBars.setAll(figures.levelBars());
        chartDescription.set(figures.chartDescription());
        lowestQuestions.setAll(figures.lowestQuestions());
        groupHeading.set(figures.groupHeading());
        groupRows.setAll(figures.groupRows());
        InsightsReport r = snapshot.report();
        if (!versions.equals(r.versions())) {
            versions.setAll(r.versions());
        }
        versionText.set(more.versionText(r));
        calibrationRows.setAll(more.calibration(r));
        objectiveRows.setAll(more.objectives(r));
        quality.setAll(more.quality(r));
    }

    /** Every questionnaire version imported, newest first, for the version selector. */
    public ObservableList<String> versions() {
        return versions;
    }

    /** Which version the figures show, and which others were imported. */
    public ReadOnlyStringProperty versionTextProperty() {
        return versionText.getReadOnlyProperty();
    }

    public ObservableList<MorePresenter.CalibrationRow> calibrationRows() {
        return calibrationRows;
    }

    public ObservableList<MorePresenter.ObjectiveRow> objectiveRows() {
        return objectiveRows;
    }

    /** "How well the questions work", one entry per area of the view's questionnaire. */
    public ObservableList<MorePresenter.AreaQuality> quality() {
        return quality;
    }

    /** The version shown: the one chosen, or the newest imported. */
    public ObjectProperty<String> versionProperty() {
        return filters.versionProperty();
    }

    /** The file name the save dialog suggests, dated today. */
    public String suggestedCsvName() {
        return "team-insights-" + LocalDate.now(clock) + ".csv";
    }

    /** Writes the figures on screen as CSV (atomically), in the background. */
    public void exportCsv(Path file) {
        InsightsReport current = report.get();
        if (current == null) {
            return;
        }
        background.task(() -> {
            InsightsCsv.save(current, file);
            return file;
        }).onSuccess(saved -> notice.set(messages.get("insights.export.done", saved.toString())))
                .onError(Throwable.class, this::showError).start();
    }

    /**
     * "Download team report" for the figures on screen: see {@link ReportDownload}. Does nothing while a report is
     * being written.
     */
    public void downloadReport(SaveDialog dialog) {
        download.start(dialog, report.get(), stored);
    }

    public ReportDownload reportDownload() {
        return download;
    }

    private void showError(Throwable e) {
        UserError failure = errors.present(e, "insights.error.unexpected");
        error.set(failure.sentence());
        errorDetails.set(failure.details());
    }

    @Override
    public void close() {
        InsightsService current = service;
        if (current != null) {
            current.close();
        }
    }

    // ---- the parts, and what the view and tests read ----

    public ImportModel imports() {
        return imports;
    }

    public InsightsFilters filters() {
        return filters;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return imports.importingProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return imports.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return imports.progressTextProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What "Copy details" copies for that failure; empty when there is none. */
    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() {
        return imports.lastImportProperty();
    }

    public ReadOnlyStringProperty summaryCountsProperty() {
        return imports.summaryCountsProperty();
    }

    public ReadOnlyStringProperty summaryDetailsProperty() {
        return imports.summaryDetailsProperty();
    }

    public ObservableList<String> rejections() {
        return imports.rejections();
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return filters.groupingProperty();
    }

    public IntegerProperty minGroupSizeProperty() {
        return filters.minGroupSizeProperty();
    }

    public StringProperty fromProperty() {
        return filters.fromProperty();
    }

    public StringProperty toProperty() {
        return filters.toProperty();
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filters.errorProperty();
    }

    public ReadOnlyObjectProperty<InsightsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty suppressionTextProperty() {
        return suppressionText.getReadOnlyProperty();
    }

    public String anonymisedText() {
        return messages.get("insights.anonymised");
    }

    /** The chart in words, for screen readers: every area's level counts, suppressed cells as "fewer than N". */
    public ReadOnlyStringProperty chartDescriptionProperty() {
        return chartDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty groupHeadingProperty() {
        return groupHeading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasResultsProperty() {
        return hasResults.getReadOnlyProperty();
    }

    public ObservableList<String> levelLabels() {
        return levelLabels;
    }

    public ObservableList<LevelBar> levelBars() {
        return levelBars;
    }

    public ObservableList<QuestionRow> lowestQuestions() {
        return lowestQuestions;
    }

    public ObservableList<String> areaTitles() {
        return areaTitles;
    }

    public ObservableList<GroupRow> groupRows() {
        return groupRows;
    }

    public int storedCount() {
        return stored;
    }
}
