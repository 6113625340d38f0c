package uk.gov.gcs.digitalskills.app.pages;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Team insights screen as a user sees it, found by id. */
public final class InsightsPage extends Page {
    public InsightsPage(FxRobot robot) {
        super(robot, "insights-screen");
    }

    public InsightsPage chooseFolder() {
        click("insights-choose-folder");
        return this;
    }

    public InsightsPage cancel() {
        click("insights-cancel");
        return this;
    }

    public InsightsPage exportCsv() {
        click("insights-export");
        return this;
    }

    public InsightsPage back() {
        click("insights-back");
        return this;
    }

    /** Waits (up to 20 seconds: an import reads real files) until the condition holds. */
    public InsightsPage waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the screen did not get there in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** True when the node and every parent are visible, so a user could see it. */
    public boolean shows(String id) {
        return visible(id);
    }

    public boolean disabled(String id) {
        return node(id, Node.class).isDisabled();
    }

    public String label(String id) {
        return text(id);
    }

    public List<String> rejections() {
        VBox list = node("insights-rejections", VBox.class);
        return list.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    public InsightsPage downloadReport() {
        click("insights-download-report");
        return this;
    }

    /** The levels table alternative: one row per area, as text, without its heading row. */
    public List<List<String>> levelsTable() {
        GridPane grid = node("insights-levels-table", GridPane.class);
        int rows = grid.getChildren().stream().mapToInt(InsightsPage::rowOf).max().orElse(0);
        List<List<String>> out = new java.util.ArrayList<>();
        for (int r = 1; r <= rows; r++) {
            final int row = r;
            out.add(grid.getChildren().stream().filter(n -> rowOf(n) == row)
                    .sorted(Comparator.comparingInt(n -> GridPane.getColumnIndex(n)))
                    .map(n -> ((Label) n).getText()).toList());
        }
        return out;
    }

    public List<String> levelsTableHeadings() {
        GridPane grid = node("insights-levels-table", GridPane.class);
        return grid.getChildren().stream().filter(n -> rowOf(n) == 0)
                .sorted(Comparator.comparingInt(n -> GridPane.getColumnIndex(n)))
                .map(n -> ((Label) n).getText()).toList();
    }

    /** Chooses a questionnaire version in the selector. */
    @SuppressWarnings("unchecked")
    public InsightsPage chooseVersion(String version) {
        ComboBox<?> box = node("insights-version", ComboBox.class);
        robot.interact(() -> {
            ((ComboBox<String>) box).setValue(version);
            box.getOnAction().handle(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public List<String> versions() {
        return node("insights-version", ComboBox.class).getItems().stream().map(String::valueOf).toList();
    }

    public String shownVersion() {
        return String.valueOf(node("insights-version", ComboBox.class).getValue());
    }

    /** One column of the table by grouping, as shown, without its heading. */
    public List<String> groupColumn(int column) {
        return cells("insights-groups", column);
    }

    public List<String> groupHeadings() {
        GridPane grid = node("insights-groups", GridPane.class);
        return grid.getChildren().stream().filter(n -> rowOf(n) == 0).map(n -> ((Label) n).getText()).toList();
    }

    public List<String> lowestQuestions() {
        return cells("insights-lowest", 1);
    }

    private List<String> cells(String id, int column) {
        GridPane grid = node(id, GridPane.class);
        return grid.getChildren().stream()
                .filter(n -> rowOf(n) > 0 && GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == column)
                .sorted(Comparator.comparingInt(InsightsPage::rowOf))
                .map(n -> ((Label) n).getText()).toList();
    }

    private static int rowOf(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }

    /** The levels chart: its legend, then one row per area. */
    public VBox chart() {
        return node("insights-chart", VBox.class);
    }

    public InsightsPage groupBy(String label) {
        click("insights-grouping");
        robot.clickOn(label);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }
}
