package uk.gov.gcs.digitalskills.app.insights;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.insights.Grouping;

/**
 * The Team insights screen, built in code and bound to an {@link InsightsViewModel}: import (with progress
 * and Cancel), the import summary, filters, a stacked bar chart of levels per area with labelled segments,
 * the lowest-scoring questions, a table by the chosen grouping, and CSV export. Call {@link #node()} for
 * the screen and {@link #setOnBack} to show a link back to Start.
 */
public final class InsightsView {
    private final InsightsViewModel vm;
    private final Messages messages;
    private final PathChooser chooser;
    private final ScrollPane root;
    private final VBox content;
    private final Hyperlink back;
    private final StackedBarChart<Number, String> chart;
    private final GridPane groupTable = new GridPane();

    public InsightsView(InsightsViewModel vm, Messages messages) {
        this(vm, messages, new FxPathChooser(messages));
    }

    public InsightsView(InsightsViewModel vm, Messages messages, PathChooser chooser) {
        this.vm = vm;
        this.messages = messages;
        this.chooser = chooser;

        back = new Hyperlink(messages.get("insights.back"));
        back.setId("insights-back");
        back.setVisible(false);
        back.setManaged(false);

        Label heading = heading("insights-heading", "insights.title", "heading-xl");
        Label intro = text(messages.get("insights.intro"));
        Label anonymised = text(vm.anonymisedText());
        anonymised.setId("insights-anonymised");
        anonymised.getStyleClass().add("inset-text");

        VBox importSection = importSection();
        VBox summarySection = summarySection();
        Label error = new Label();
        error.setId("insights-error");
        error.getStyleClass().add("error-message");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        showWhenText(error);
        Label notice = new Label();
        notice.setId("insights-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        showWhenText(notice);

        chart = chart();
        VBox figures = figuresSection();

        content = new VBox(20, back, heading, intro, anonymised, importSection, summarySection, error, notice,
                filtersSection(), figures);
        content.setPadding(new Insets(32));
        content.setMaxWidth(1400);
        content.getStyleClass().add("insights");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("insights-screen");
        root.getStylesheets().add(InsightsView.class.getResource("insights.css").toExternalForm());
        root.getStyleClass().add("insights-root");
    }

    /** The whole screen. */
    public Parent node() {
        return root;
    }

    /** The content without the scroll pane: what screenshots capture. */
    Node content() {
        return content;
    }

    /** Shows a "Back to start" link that runs {@code action}. */
    public void setOnBack(Runnable action) {
        back.setOnAction(e -> action.run());
        back.setVisible(action != null);
        back.setManaged(action != null);
    }

    private VBox importSection() {
        Label heading = heading("insights-import-heading", "insights.import.heading", "heading-m");
        Label hint = text(messages.get("insights.import.hint"));
        hint.getStyleClass().add("hint");
        Button files = new Button(messages.get("insights.chooseFiles"));
        files.setId("insights-choose-files");
        files.getStyleClass().add("primary");
        files.setOnAction(e -> vm.importPaths(chooser.chooseFiles(root.getScene().getWindow())));
        Button folder = new Button(messages.get("insights.chooseFolder"));
        folder.setId("insights-choose-folder");
        folder.getStyleClass().add("secondary");
        folder.setOnAction(e -> chooser.chooseFolder(root.getScene().getWindow())
                .ifPresent(path -> vm.importPaths(List.of(path))));
        files.disableProperty().bind(vm.importingProperty());
        folder.disableProperty().bind(vm.importingProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("insights-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.progressProperty());
        bar.setAccessibleText(messages.get("insights.progress.label"));
        Label count = new Label();
        count.setId("insights-progress-text");
        count.textProperty().bind(vm.progressTextProperty());
        count.setLabelFor(bar);
        bar.accessibleHelpProperty().bind(vm.progressTextProperty());
        Button cancel = new Button(messages.get("insights.cancel"));
        cancel.setId("insights-cancel");
        cancel.getStyleClass().add("secondary");
        cancel.setOnAction(e -> vm.cancelImport());
        cancel.visibleProperty().bind(vm.importingProperty());
        cancel.managedProperty().bind(vm.importingProperty());
        HBox progressRow = new HBox(16, bar, count, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(vm.importingProperty().or(vm.lastImportProperty().isNotNull()));
        progressRow.managedProperty().bind(progressRow.visibleProperty());

        HBox buttons = new HBox(16, files, folder);
        return new VBox(12, heading, hint, buttons, progressRow);
    }

    private VBox summarySection() {
        Label heading = heading("insights-summary-heading", "insights.summary.heading", "heading-m");
        Label counts = new Label();
        counts.setId("insights-summary-counts");
        counts.getStyleClass().add("summary-counts");
        counts.textProperty().bind(vm.summaryCountsProperty());

        Label rejectedLabel = new Label(messages.get("insights.summary.rejected"));
        rejectedLabel.getStyleClass().add("heading-s");
        ListView<String> rejected = new ListView<>(vm.rejections());
        rejected.setId("insights-rejections");
        rejected.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        rejected.prefHeightProperty().bind(Bindings.min(Bindings.size(vm.rejections()), 4).multiply(62).add(6));
        rejectedLabel.setLabelFor(rejected);
        VBox rejectedBox = new VBox(8, rejectedLabel, rejected);
        rejectedBox.visibleProperty().bind(Bindings.isNotEmpty(vm.rejections()));
        rejectedBox.managedProperty().bind(rejectedBox.visibleProperty());

        Label detailsLabel = new Label(messages.get("insights.summary.details"));
        TextArea details = new TextArea();
        details.setId("insights-summary-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(5);
        details.textProperty().bind(vm.summaryDetailsProperty());
        detailsLabel.setLabelFor(details);
        Button copy = new Button(messages.get("insights.summary.copy"));
        copy.setId("insights-copy-summary");
        copy.getStyleClass().add("secondary");
        Label copied = new Label();
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(vm.summaryDetailsProperty().get());
            Clipboard.getSystemClipboard().setContent(clip);
            copied.setText(messages.get("insights.summary.copied"));
        });
        HBox copyRow = new HBox(12, copy, copied);
        copyRow.setAlignment(Pos.CENTER_LEFT);

        VBox section = new VBox(10, heading, counts, rejectedBox, detailsLabel, details, copyRow);
        section.setId("insights-summary");
        section.getStyleClass().add("summary-panel");
        section.visibleProperty().bind(vm.lastImportProperty().isNotNull());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private VBox filtersSection() {
        Label heading = heading("insights-filters-heading", "insights.filters.heading", "heading-m");
        ComboBox<Grouping> grouping = new ComboBox<>();
        grouping.setId("insights-grouping");
        grouping.getItems().setAll(Grouping.values());
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping g) {
                return g == null ? "" : messages.get("insights.grouping." + g.id());
            }

            @Override
            public Grouping fromString(String s) {
                return null;
            }
        });
        grouping.valueProperty().bindBidirectional(vm.groupingProperty());
        grouping.setOnAction(e -> vm.refresh());
        Spinner<Integer> minimum = new Spinner<>(3, 1000, vm.minGroupSizeProperty().get());
        minimum.setId("insights-min-group");
        minimum.setEditable(true);
        minimum.setPrefWidth(110);
        minimum.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                vm.minGroupSizeProperty().set(value);
            }
        });
        TextField from = new TextField();
        from.setId("insights-from");
        from.setPromptText("2025-04");
        from.setPrefColumnCount(8);
        from.textProperty().bindBidirectional(vm.fromProperty());
        TextField to = new TextField();
        to.setId("insights-to");
        to.setPromptText("2026-03");
        to.setPrefColumnCount(8);
        to.textProperty().bindBidirectional(vm.toProperty());
        Button apply = new Button(messages.get("insights.filters.apply"));
        apply.setId("insights-apply");
        apply.getStyleClass().add("secondary");
        apply.setOnAction(e -> vm.refresh());
        from.setOnAction(e -> vm.refresh());
        to.setOnAction(e -> vm.refresh());

        FlowPane fields = new FlowPane(24, 12, field("insights.filters.groupBy", grouping),
                field("insights.filters.minGroup", minimum), field("insights.filters.from", from),
                field("insights.filters.to", to));
        fields.setAlignment(Pos.BOTTOM_LEFT);
        HBox row = new HBox(24, fields, apply);
        row.setAlignment(Pos.BOTTOM_LEFT);
        Label filterError = new Label();
        filterError.setId("insights-filter-error");
        filterError.getStyleClass().add("error-message");
        filterError.textProperty().bind(vm.filterErrorProperty());
        showWhenText(filterError);
        VBox section = new VBox(12, heading, row, filterError);
        section.visibleProperty().bind(vm.hasResultsProperty());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private VBox field(String labelKey, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(control);
        return new VBox(6, label, control);
    }

    private VBox figuresSection() {
        Label count = new Label();
        count.setId("insights-count");
        count.setWrapText(true);
        count.getStyleClass().add("lead");
        count.textProperty().bind(vm.countTextProperty());
        Label suppression = new Label();
        suppression.setId("insights-suppression");
        suppression.setWrapText(true);
        suppression.getStyleClass().add("inset-text");
        suppression.textProperty().bind(vm.suppressionTextProperty());

        Label chartHeading = heading("insights-chart-heading", "insights.chart.heading", "heading-m");
        Label chartNote = text(messages.get("insights.chart.note"));
        chartNote.getStyleClass().add("hint");
        Label chartText = new Label();
        chartText.setId("insights-chart-text");
        chartText.setWrapText(true);
        chartText.getStyleClass().add("visually-hidden");
        chartText.textProperty().bind(vm.chartDescriptionProperty());
        chart.accessibleTextProperty().bind(vm.chartDescriptionProperty());

        Label lowestHeading = heading("insights-lowest-heading", "insights.lowest.heading", "heading-m");
        Label lowestNote = text(messages.get("insights.lowest.note"));
        lowestNote.getStyleClass().add("hint");
        GridPane lowest = new GridPane();
        lowest.setId("insights-lowest");
        lowest.getStyleClass().add("data-table");
        vm.lowestQuestions().addListener((ListChangeListener<InsightsViewModel.QuestionRow>) c -> fillLowest(lowest));
        fillLowest(lowest);

        Label groupHeading = new Label();
        groupHeading.setId("insights-group-heading");
        groupHeading.getStyleClass().add("heading-m");
        groupHeading.setAccessibleRole(AccessibleRole.TEXT);
        groupHeading.textProperty().bind(vm.groupHeadingProperty());
        groupTable.setId("insights-groups");
        groupTable.getStyleClass().add("data-table");
        vm.groupRows().addListener((ListChangeListener<InsightsViewModel.GroupRow>) c -> fillGroups());
        fillGroups();

        Button export = new Button(messages.get("insights.export"));
        export.setId("insights-export");
        export.getStyleClass().add("primary");
        export.setOnAction(e -> chooser.chooseCsvTarget(root.getScene().getWindow(), vm.suggestedCsvName())
                .ifPresent(vm::exportCsv));

        VBox figures = new VBox(14, suppression, chartHeading, chartNote, chart, chartText, lowestHeading,
                lowestNote, lowest, groupHeading, groupTable, export);
        figures.setId("insights-figures");
        figures.visibleProperty().bind(vm.hasResultsProperty());
        figures.managedProperty().bind(figures.visibleProperty());
        return new VBox(14, count, figures);
    }

    private StackedBarChart<Number, String> chart() {
        NumberAxis people = new NumberAxis();
        people.setLabel(messages.get("insights.chart.axis.results"));
        people.setMinorTickVisible(false);
        CategoryAxis areas = new CategoryAxis();
        areas.setLabel(messages.get("insights.chart.axis.area"));
        StackedBarChart<Number, String> bars = new StackedBarChart<>(people, areas);
        bars.setId("insights-chart");
        bars.setAnimated(false);
        bars.setLegendVisible(true);
        bars.setCategoryGap(14);
        bars.setPrefHeight(460);
        bars.setFocusTraversable(true);
        bars.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        vm.levelBars().addListener((ListChangeListener<InsightsViewModel.LevelBar>) c -> fillChart(bars, areas));
        return bars;
    }

    private void fillChart(StackedBarChart<Number, String> bars, CategoryAxis areas) {
        List<InsightsViewModel.LevelBar> data = vm.levelBars();
        // Horizontal bars list the first category at the bottom: reverse so the first area is at the top.
        List<String> titles = new java.util.ArrayList<>(data.stream().map(this::category).toList());
        java.util.Collections.reverse(titles);
        bars.getData().clear();
        areas.setAutoRanging(false);
        areas.getCategories().setAll(titles);
        for (int level = 0; level < vm.levelLabels().size(); level++) {
            String levelLabel = vm.levelLabels().get(level);
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(levelLabel);
            for (InsightsViewModel.LevelBar bar : data) {
                for (InsightsViewModel.Segment segment : bar.segments()) {
                    if (segment.levelIndex() == level) {
                        XYChart.Data<Number, String> point = new XYChart.Data<>(segment.count(), category(bar));
                        point.setNode(segmentNode(segment));
                        series.getData().add(point);
                    }
                }
            }
            bars.getData().add(series);
        }
    }

    /** An area's name on the chart; a suppressed area says so, since it has no bar. */
    private String category(InsightsViewModel.LevelBar bar) {
        if (bar.suppressed()) {
            return messages.get("insights.chart.suppressedCategory", bar.areaTitle(), vm.minGroupSizeProperty().get());
        }
        return bar.segments().isEmpty() ? messages.get("insights.chart.suppressedLevels", bar.areaTitle(),
                vm.minGroupSizeProperty().get()) : bar.areaTitle();
    }

    /** A bar segment that names its level and count, so the level never depends on colour alone. */
    private Node segmentNode(InsightsViewModel.Segment segment) {
        Label label = new Label(messages.get("insights.chart.segment", segment.levelLabel(), segment.count()));
        label.getStyleClass().add("segment-label");
        label.setMinWidth(0);
        StackPane node = new StackPane(label);
        node.setMinWidth(0);
        node.setAccessibleText(label.getText());
        return node;
    }

    private void fillLowest(GridPane grid) {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(fixed(80), grow(), fixed(250), fixed(140), fixed(110));
        header(grid, 0, "insights.lowest.rank", "insights.lowest.question", "insights.lowest.area",
                "insights.lowest.mean", "insights.lowest.results");
        int row = 1;
        for (InsightsViewModel.QuestionRow q : vm.lowestQuestions()) {
            cells(grid, row++, q.rank(), q.question(), q.area(), q.meanPercent(), q.results());
        }
    }

    private void fillGroups() {
        groupTable.getChildren().clear();
        List<ColumnConstraints> columns = new java.util.ArrayList<>(List.of(grow(), fixed(118)));
        List<String> headings = new java.util.ArrayList<>(List.of(messages.get("insights.table.group"),
                messages.get("insights.table.results")));
        for (String area : vm.areaTitles()) {
            columns.add(fixed(118));
            headings.add(area);
        }
        groupTable.getColumnConstraints().setAll(columns);
        for (int c = 0; c < headings.size(); c++) {
            groupTable.add(cell(headings.get(c), "header-cell"), c, 0);
        }
        int row = 1;
        for (InsightsViewModel.GroupRow group : vm.groupRows()) {
            List<String> values = new java.util.ArrayList<>(List.of(group.group(), group.results()));
            values.addAll(group.areaMeans());
            cells(groupTable, row++, values.toArray(String[]::new));
        }
    }

    private void header(GridPane grid, int row, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            grid.add(cell(messages.get(keys[c]), "header-cell"), c, row);
        }
    }

    private void cells(GridPane grid, int row, String... values) {
        String suppressed = messages.get("insights.fewerThan", vm.minGroupSizeProperty().get());
        for (int c = 0; c < values.length; c++) {
            Label cell = cell(values[c], "data-cell");
            if (values[c].equals(suppressed)) {
                cell.getStyleClass().add("suppressed-cell");
            }
            grid.add(cell, c, row);
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillWidth(label, true);
        GridPane.setFillHeight(label, true);
        return label;
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints column = new ColumnConstraints(width, width, width);
        column.setHgrow(Priority.NEVER);
        return column;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints(150, 300, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private Label heading(String id, String key, String style) {
        Label label = new Label(messages.get(key));
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setAccessibleRole(AccessibleRole.TEXT);
        return label;
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        return label;
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
