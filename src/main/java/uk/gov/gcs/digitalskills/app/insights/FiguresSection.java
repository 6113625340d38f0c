package uk.gov.gcs.digitalskills.app.insights;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.GroupRow;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.LevelBar;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.QuestionRow;

/**
 * The figures: the levels chart ({@link LevelChart}) and the same shares as a table, the lowest-scoring
 * questions and the table by grouping. Every table sizes its columns as shares of the page's width and wraps its
 * text, so nothing runs off the right at 1000 pixels wide.
 */
final class FiguresSection {
    private final InsightsViewModel vm;
    private final Messages messages;

    private FiguresSection(InsightsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    static VBox build(InsightsViewModel vm, Messages messages) {
        return new FiguresSection(vm, messages).section();
    }

    private VBox section() {
        Label chartHeading = Ui.heading(messages.get("insights.chart.heading"), "m");
        chartHeading.setId("insights-chart-heading");
        VBox chart = LevelChart.build(vm, messages);

        Label tableHeading = Ui.heading(messages.get("insights.levels.tableHeading"), "s");
        GridPane levels = table("insights-levels-table");
        levels.setAccessibleText(messages.get("insights.levels.tableHeading"));
        vm.levelBars().addListener((ListChangeListener<LevelBar>) c -> fillLevels(levels));
        fillLevels(levels);

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

        Label calibrationHeading = Ui.heading(messages.get("insights.calibration.heading"), "m");
        GridPane calibration = table("insights-calibration");
        vm.calibrationRows().addListener((ListChangeListener<MorePresenter.CalibrationRow>) c -> fillCalibration(
                calibration));
        VBox calibrationPart = new VBox(14, calibrationHeading, Ui.hint(messages.get("insights.calibration.note")),
                calibration);
        calibrationPart.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.calibrationRows()));
        calibrationPart.managedProperty().bind(calibrationPart.visibleProperty());

        Label objectivesHeading = Ui.heading(messages.get("insights.objectives.heading"), "m");
        GridPane objectives = table("insights-objectives");
        Label noObjectives = Ui.body(messages.get("insights.objectives.none"));
        noObjectives.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.objectiveRows()));
        noObjectives.managedProperty().bind(noObjectives.visibleProperty());
        vm.objectiveRows().addListener((ListChangeListener<MorePresenter.ObjectiveRow>) c -> fillObjectives(
                objectives));
        VBox objectivesPart = new VBox(14, objectivesHeading, Ui.hint(messages.get("insights.objectives.note")),
                noObjectives, objectives);

        VBox figures = new VBox(14, chartHeading, Ui.hint(messages.get("insights.chart.note")), chart, tableHeading,
                levels, calibrationPart, objectivesPart, lowestHeading, Ui.hint(messages.get("insights.lowest.note")),
                lowest, groupHeading, groups);
        figures.setId("insights-figures");
        figures.getStyleClass().add(Ui.SECTION_BREAK);
        figures.visibleProperty().bind(vm.hasResultsProperty());
        figures.managedProperty().bind(figures.visibleProperty());
        return figures;
    }

    private void fillLevels(GridPane grid) {
        grid.getChildren().clear();
        int n = vm.levelLabels().size();
        List<ColumnConstraints> columns = new ArrayList<>(List.of(share(28), share(12)));
        List<String> headings = new ArrayList<>(List.of(messages.get("insights.levels.area"),
                messages.get("insights.table.results")));
        for (String level : vm.levelLabels()) {
            columns.add(share(60.0 / Math.max(1, n)));
            headings.add(level);
        }
        grid.getColumnConstraints().setAll(columns);
        header(grid, headings);
        int row = 1;
        for (LevelBar bar : vm.levelBars()) {
            List<String> values = new ArrayList<>(List.of(bar.areaTitle(), bar.results()));
            values.addAll(bar.cells());
            cells(grid, row++, values, headings);
        }
    }

    private void fillCalibration(GridPane grid) {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(share(40), share(20), share(20), share(20));
        List<String> headings = List.of(messages.get("insights.calibration.area"),
                messages.get("insights.calibration.over"), messages.get("insights.calibration.aligned"),
                messages.get("insights.calibration.under"));
        header(grid, headings);
        int row = 1;
        for (MorePresenter.CalibrationRow r : vm.calibrationRows()) {
            List<String> values = new ArrayList<>(List.of(r.area()));
            values.addAll(r.cells());
            cells(grid, row++, values, headings);
        }
    }

    private void fillObjectives(GridPane grid) {
        grid.getChildren().clear();
        if (vm.objectiveRows().isEmpty()) {
            return;
        }
        grid.getColumnConstraints().setAll(share(60), share(20), share(20));
        List<String> headings = List.of(messages.get("insights.objectives.measure"),
                messages.get("insights.objectives.people"), messages.get("insights.objectives.share"));
        header(grid, headings);
        int row = 1;
        for (MorePresenter.ObjectiveRow r : vm.objectiveRows()) {
            cells(grid, row++, List.of(r.measure(), r.people(), r.share()), headings);
        }
    }

    private void fillLowest(GridPane grid) {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(share(8), share(50), share(20), share(11), share(11));
        List<String> headings = List.of(messages.get("insights.lowest.rank"), messages.get("insights.lowest.question"),
                messages.get("insights.lowest.area"), messages.get("insights.lowest.mean"),
                messages.get("insights.lowest.results"));
        header(grid, headings);
        int row = 1;
        for (QuestionRow q : vm.lowestQuestions()) {
            cells(grid, row++, List.of(q.rank(), q.question(), q.area(), q.meanPercent(), q.results()), headings);
        }
    }

    private void fillGroups(GridPane grid) {
        grid.getChildren().clear();
        int areas = vm.areaTitles().size();
        // The group's name and count take a quarter; the areas share the rest, their headings wrapping.
        List<ColumnConstraints> columns = new ArrayList<>(List.of(share(16), share(9)));
        List<String> headings = new ArrayList<>(List.of(messages.get("insights.table.group"),
                messages.get("insights.table.results")));
        for (String area : vm.areaTitles()) {
            columns.add(share(75.0 / Math.max(1, areas)));
            headings.add(area);
        }
        grid.getColumnConstraints().setAll(columns);
        header(grid, headings);
        int row = 1;
        for (GroupRow group : vm.groupRows()) {
            List<String> values = new ArrayList<>(List.of(group.group(), group.results()));
            values.addAll(group.areaMeans());
            cells(grid, row++, values, headings);
        }
    }

    static GridPane table(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("data-table");
        grid.setMinWidth(0);
        return grid;
    }

    static void header(GridPane grid, List<String> headings) {
        for (int c = 0; c < headings.size(); c++) {
            Label cell = cell(headings.get(c), "header-cell");
            cell.setAccessibleRole(AccessibleRole.TABLE_COLUMN);
            grid.add(cell, c, 0);
        }
    }

    /** One row; each cell tells a screen reader its column, since a grid of labels has no header cells. */
    void cells(GridPane grid, int row, List<String> values, List<String> headings) {
        cells(grid, row, values, headings, messages, vm.minGroupSizeProperty().get());
    }

    static void cells(GridPane grid, int row, List<String> values, List<String> headings, Messages messages,
                      int minGroupSize) {
        String fewer = messages.get("insights.fewerThan", minGroupSize);
        String withheld = messages.get("insights.withheld");
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c);
            Label cell = cell(value, "data-cell");
            if (value.equals(fewer) || value.equals(withheld)) {
                cell.getStyleClass().add("suppressed-cell");
            }
            if (c > 0) {
                cell.setAccessibleText(messages.get("insights.table.cell", values.get(0), headings.get(c), value));
            }
            grid.add(cell, c, row);
        }
    }

    static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillWidth(label, true);
        GridPane.setFillHeight(label, true);
        return label;
    }

    static ColumnConstraints share(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setMinWidth(0);
        column.setHgrow(Priority.SOMETIMES);
        column.setFillWidth(true);
        return column;
    }
}
