package uk.gov.gcs.digitalskills.app.insights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.GroupRow;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.LevelBar;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.QuestionRow;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.Segment;

/**
 * The figures: how many results, the suppression rule, a stacked bar chart of levels per area (each segment
 * names its level and count, so nothing depends on colour alone, and the whole chart is also in words), the
 * lowest-scoring questions, the table by grouping, and "Export CSV".
 */
final class FiguresSection {
    private final InsightsViewModel vm;
    private final Messages messages;

    private FiguresSection(InsightsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    static VBox build(InsightsViewModel vm, Messages messages, PathChooser chooser, Supplier<Window> window) {
        return new FiguresSection(vm, messages).section(chooser, window);
    }

    private VBox section(PathChooser chooser, Supplier<Window> window) {
        Label count = Ui.body(vm.countTextProperty());
        count.setId("insights-count");
        count.getStyleClass().add("lead");
        Label suppression = Ui.body(vm.suppressionTextProperty());
        suppression.setId("insights-suppression");
        suppression.getStyleClass().add(Ui.INSET);

        Label chartHeading = Ui.heading(messages.get("insights.chart.heading"), "m");
        chartHeading.setId("insights-chart-heading");
        StackedBarChart<Number, String> chart = chart();
        Label chartText = new Label();
        chartText.setId("insights-chart-text");
        chartText.setWrapText(true);
        chartText.getStyleClass().add("visually-hidden");
        chartText.textProperty().bind(vm.chartDescriptionProperty());
        chart.accessibleTextProperty().bind(vm.chartDescriptionProperty());

        Label lowestHeading = Ui.heading(messages.get("insights.lowest.heading"), "m");
        lowestHeading.setId("insights-lowest-heading");
        GridPane lowest = table("insights-lowest");
        vm.lowestQuestions().addListener((ListChangeListener<QuestionRow>) c -> fillLowest(lowest));
        fillLowest(lowest);

        Label groupHeading = Ui.heading("", "m");
        groupHeading.setId("insights-group-heading");
        groupHeading.textProperty().bind(vm.groupHeadingProperty());
        GridPane groups = table("insights-groups");
        vm.groupRows().addListener((ListChangeListener<GroupRow>) c -> fillGroups(groups));
        fillGroups(groups);

        Button export = Ui.primary(messages.get("insights.export"), () -> chooser
                .chooseCsvTarget(window.get(), vm.suggestedCsvName()).ifPresent(vm::exportCsv));
        export.setId("insights-export");

        VBox figures = new VBox(14, suppression, chartHeading, Ui.hint(messages.get("insights.chart.note")), chart,
                chartText, lowestHeading, Ui.hint(messages.get("insights.lowest.note")), lowest, groupHeading,
                groups, export);
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
        bars.getStyleClass().add("insights-chart");
        bars.setAnimated(false);
        bars.setLegendVisible(true);
        bars.setCategoryGap(14);
        bars.setPrefHeight(460);
        bars.setFocusTraversable(true);
        bars.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        vm.levelBars().addListener((ListChangeListener<LevelBar>) c -> fillChart(bars, areas));
        return bars;
    }

    private void fillChart(StackedBarChart<Number, String> bars, CategoryAxis areas) {
        List<LevelBar> data = vm.levelBars();
        // Horizontal bars list the first category at the bottom: reverse so the first area is at the top.
        List<String> titles = new ArrayList<>(data.stream().map(this::category).toList());
        Collections.reverse(titles);
        bars.getData().clear();
        areas.setAutoRanging(false);
        areas.getCategories().setAll(titles);
        for (int level = 0; level < vm.levelLabels().size(); level++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(vm.levelLabels().get(level));
            for (LevelBar bar : data) {
                for (Segment segment : bar.segments()) {
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
    private String category(LevelBar bar) {
        if (bar.suppressed()) {
            return messages.get("insights.chart.suppressedCategory", bar.areaTitle(), vm.minGroupSizeProperty().get());
        }
        return bar.segments().isEmpty() ? messages.get("insights.chart.suppressedLevels", bar.areaTitle(),
                vm.minGroupSizeProperty().get()) : bar.areaTitle();
    }

    /** A bar segment that names its level and count, so the level never depends on colour alone. */
    private Node segmentNode(Segment segment) {
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
        List<String> headings = List.of(messages.get("insights.lowest.rank"), messages.get("insights.lowest.question"),
                messages.get("insights.lowest.area"), messages.get("insights.lowest.mean"),
                messages.get("insights.lowest.results"));
        header(grid, headings);
        int row = 1;
        for (QuestionRow q : vm.lowestQuestions()) {
            cells(grid, row++, List.of(q.rank(), q.question(), q.area(), q.meanPercent(), q.results()));
        }
    }

    private void fillGroups(GridPane grid) {
        grid.getChildren().clear();
        List<ColumnConstraints> columns = new ArrayList<>(List.of(grow(), fixed(118)));
        List<String> headings = new ArrayList<>(List.of(messages.get("insights.table.group"),
                messages.get("insights.table.results")));
        for (String area : vm.areaTitles()) {
            columns.add(fixed(118));
            headings.add(area);
        }
        grid.getColumnConstraints().setAll(columns);
        header(grid, headings);
        int row = 1;
        for (GroupRow group : vm.groupRows()) {
            List<String> values = new ArrayList<>(List.of(group.group(), group.results()));
            values.addAll(group.areaMeans());
            cells(grid, row++, values);
        }
    }

    private static GridPane table(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("data-table");
        return grid;
    }

    private static void header(GridPane grid, List<String> headings) {
        for (int c = 0; c < headings.size(); c++) {
            grid.add(cell(headings.get(c), "header-cell"), c, 0);
        }
    }

    private void cells(GridPane grid, int row, List<String> values) {
        String suppressed = messages.get("insights.fewerThan", vm.minGroupSizeProperty().get());
        for (int c = 0; c < values.size(); c++) {
            Label cell = cell(values.get(c), "data-cell");
            if (values.get(c).equals(suppressed)) {
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
}
