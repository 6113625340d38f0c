package uk.gov.gcs.digitalskills.app.insights;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.GroupSummary;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.core.insights.ImportOutcome;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.QuestionSummary;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.insights.InsightsCsv;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;

/**
 * The Team insights screen's state and actions: import files or folders (with progress and cancel), the
 * import summary, filters, and the figures shown as rows of text the view only binds to. The insights
 * store is opened on first use, in the background; call {@link #close()} when leaving the app.
 */
public final class InsightsViewModel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(InsightsViewModel.class.getName());

    /** One bar of the levels chart: an area and the level counts that may be shown. */
    public record LevelBar(String areaTitle, List<Segment> segments, boolean suppressed) {
        public LevelBar {
            segments = List.copyOf(segments);
        }
    }

    /** One stacked segment: a level with a count at or above the minimum group size. */
    public record Segment(int levelIndex, String levelLabel, int count) {
    }

    public record QuestionRow(String rank, String question, String area, String meanPercent, String results) {
    }

    public record GroupRow(String group, String results, List<String> areaMeans) {
        public GroupRow {
            areaMeans = List.copyOf(areaMeans);
        }
    }

    private final Callable<InsightsService> opener;
    private final Background background;
    private final Messages messages;
    private volatile InsightsService service;

    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> lastImport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summaryCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryDetails = new ReadOnlyStringWrapper("");
    private final ObservableList<String> rejections = FXCollections.observableArrayList();

    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.NONE);
    private final IntegerProperty minGroupSize = new SimpleIntegerProperty(InsightsQuery.DEFAULT_MIN_GROUP_SIZE);
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final BooleanProperty cancelRequested = new SimpleBooleanProperty(false);

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

    private Background.Handle running;
    private int stored;

    /**
     * @param opener   opens the insights store, such as {@code () -> InsightsService.open(dataFolder)}; run in
     *                 the background on first use
     * @param background for the import (with progress and cancel), queries and CSV export
     */
    public InsightsViewModel(Callable<InsightsService> opener, Background background, Messages messages) {
        this.opener = opener;
        this.background = background;
        this.messages = messages;
        suppressionText.set(messages.get("insights.suppression", minGroupSize.get()));
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

    // ---- import ----

    /** Imports files and folders in the background; progress, then the summary and fresh figures follow. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || importing.get()) {
            return;
        }
        error.set("");
        notice.set("");
        importing.set(true);
        cancelRequested.set(false);
        progress.set(-1);
        progressText.set(messages.get("insights.progress.starting"));
        Background.Handle handle = background.task(
                        (Background.Progress p) -> service().importFiles(List.copyOf(paths), p::update, p::cancelled))
                .withProgress(this::showProgress)
                .onSuccess(this::importFinished)
                .onError(Throwable.class, this::showError)
                .andFinally(() -> {
                    importing.set(false);
                    running = null;
                })
                .start();
        // Work run at once (in tests) has finished already, and its handle is of no more use.
        if (importing.get()) {
            running = handle;
        }
    }

    /** Asks the import to stop after the file in hand; what was read so far is kept. */
    public void cancelImport() {
        if (running != null) {
            cancelRequested.set(true);
            progressText.set(messages.get("insights.progress.cancelling"));
            running.cancel();
        }
    }

    private void showProgress(int done, int total) {
        if (cancelRequested.get()) {
            return;
        }
        progress.set(total == 0 ? -1 : (double) done / total);
        progressText.set(messages.get("insights.progress", done, total));
    }

    private void importFinished(ImportReport result) {
        progress.set(result.filesFound() == 0 ? 0 : 1);
        progressText.set(result.cancelled()
                ? messages.get("insights.summary.cancelled", result.outcomes().size(), result.filesFound())
                : messages.get("insights.progress", result.outcomes().size(), result.outcomes().size()));
        lastImport.set(result);
        summaryCounts.set(messages.get("insights.summary.counts", result.imported().size(), result.duplicates().size(),
                result.conflicts().size(), result.rejected().size()));
        rejections.setAll(result.rejected().stream().map(this::outcomeLine).toList());
        summaryDetails.set(summaryText(result));
        refresh();
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

    // ---- filters and figures ----

    /** Checks the filters and, if they are fine, recomputes the figures in the background. */
    public void refresh() {
        Optional<InsightsQuery> query = query();
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
        Optional<YearMonth> fromMonth;
        Optional<YearMonth> toMonth;
        try {
            fromMonth = month(from.get());
            toMonth = month(to.get());
        } catch (DateTimeParseException e) {
            filterError.set(messages.get("insights.filters.badMonth"));
            return Optional.empty();
        }
        if (minGroupSize.get() < InsightsQuery.SMALLEST_MIN_GROUP_SIZE) {
            filterError.set(messages.get("insights.filters.badMinimum", InsightsQuery.SMALLEST_MIN_GROUP_SIZE));
            return Optional.empty();
        }
        if (fromMonth.isPresent() && toMonth.isPresent() && fromMonth.get().isAfter(toMonth.get())) {
            filterError.set(messages.get("insights.filters.badPeriod"));
            return Optional.empty();
        }
        filterError.set("");
        return Optional.of(new InsightsQuery(grouping.get(), minGroupSize.get(), fromMonth, toMonth));
    }

    private static Optional<YearMonth> month(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(text.strip()));
    }

    private void show(Snapshot snapshot) {
        stored = snapshot.stored();
        InsightsReport r = snapshot.report();
        report.set(r);
        int min = r.minGroupSize();
        suppressionText.set(messages.get("insights.suppression", min));
        hasResults.set(stored > 0);
        countText.set(stored == 0 ? messages.get("insights.empty")
                : messages.get("insights.count", stored, countCell(r.overall().count())));
        levelLabels.setAll(r.levels().stream().map(l -> l.label()).toList());
        areaTitles.setAll(r.areas().stream().map(a -> a.title()).toList());

        List<LevelBar> bars = new ArrayList<>();
        List<String> described = new ArrayList<>();
        if (!r.overall().count().suppressed()) {
            for (AreaSummary area : r.overall().areas()) {
                if (area.count().suppressed()) {
                    bars.add(new LevelBar(area.title(), List.of(), true));
                    described.add(messages.get("insights.chart.suppressedArea", area.title(), min));
                    continue;
                }
                List<Segment> segments = new ArrayList<>();
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < area.levelCounts().size(); i++) {
                    Count c = area.levelCounts().get(i);
                    String label = r.levels().get(i).label();
                    if (c instanceof Count.Shown shown) {
                        segments.add(new Segment(i, label, shown.value()));
                    }
                    parts.add(messages.get("insights.chart.level", label, countCell(c)));
                }
                bars.add(new LevelBar(area.title(), segments, false));
                described.add(messages.get("insights.chart.area", area.title(), String.join(", ", parts)));
            }
        }
        levelBars.setAll(bars);
        chartDescription.set(messages.get("insights.chart.accessible", String.join("; ", described)));

        List<QuestionRow> questions = new ArrayList<>();
        int rank = 1;
        for (QuestionSummary q : r.overall().lowestQuestions()) {
            questions.add(new QuestionRow(Integer.toString(rank++), q.text(), q.areaTitle(),
                    percent(q.meanPercentOfMax()), Integer.toString(q.count())));
        }
        lowestQuestions.setAll(questions);

        groupHeading.set(messages.get("insights.table.heading." + r.query().grouping().id()));
        List<GroupRow> rows = new ArrayList<>();
        rows.add(groupRow(r.overall(), messages.get("insights.everyone")));
        for (GroupSummary g : r.groups()) {
            rows.add(groupRow(g, g.key() == null ? messages.get("insights.notGiven") : g.label()));
        }
        groupRows.setAll(rows);
    }

    private GroupRow groupRow(GroupSummary group, String label) {
        List<String> means = new ArrayList<>();
        if (group.count().suppressed()) {
            report.get().areas().forEach(a -> means.add(countCell(group.count())));
        } else {
            for (AreaSummary area : group.areas()) {
                means.add(area.mean().map(this::percent).orElseGet(() -> countCell(area.count())));
            }
        }
        return new GroupRow(label, countCell(group.count()), means);
    }

    private String countCell(Count count) {
        return count instanceof Count.Shown shown ? Integer.toString(shown.value())
                : count instanceof Count.FewerThan fewer ? messages.get("insights.fewerThan", fewer.minimum())
                : messages.get("insights.withheld");
    }

    private String percent(BigDecimal value) {
        return messages.get("insights.percent", value.toPlainString());
    }

    // ---- export ----

    /** The file name the save dialog suggests. */
    public String suggestedCsvName() {
        return "team-insights-" + java.time.LocalDate.now() + ".csv";
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

    private void showError(Throwable e) {
        Throwable cause = e;
        if (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof DatabaseException || cause instanceof WriteFailedException) {
            error.set(cause.getMessage());
        } else {
            LOG.log(Level.WARNING, "insights failed", cause);
            error.set(messages.get("insights.error.unexpected"));
        }
    }

    @Override
    public void close() {
        InsightsService current = service;
        if (current != null) {
            current.close();
        }
    }

    // ---- properties ----

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** 0 to 1; -1 while the number of files is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
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
        return rejections;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public IntegerProperty minGroupSizeProperty() {
        return minGroupSize;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
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
