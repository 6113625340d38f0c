package uk.gov.gcs.digitalskills.app.insights;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Team insights screen as a user sees it, found by id. */
final class InsightsPage {
    private final FxRobot robot;

    InsightsPage(FxRobot robot) {
        this.robot = robot;
    }

    InsightsPage chooseFolder() {
        scrollTo("#insights-choose-folder");
        robot.clickOn("#insights-choose-folder");
        return this;
    }

    InsightsPage exportCsv() {
        scrollTo("#insights-export");
        robot.clickOn("#insights-export");
        return this;
    }

    InsightsPage waitUntil(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the screen did not get there in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    boolean visible(String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && (node.getParent() == null || node.getParent().isVisible());
    }

    String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    List<String> rejections() {
        ListView<?> list = robot.lookup("#insights-rejections").queryAs(ListView.class);
        return list.getItems().stream().map(String::valueOf).toList();
    }

    /** One column of the table by grouping, as shown, without its heading. */
    List<String> groupColumn(int column) {
        return cells("#insights-groups", column);
    }

    List<String> groupHeadings() {
        GridPane grid = robot.lookup("#insights-groups").queryAs(GridPane.class);
        return grid.getChildren().stream().filter(n -> rowOf(n) == 0).map(n -> ((Label) n).getText()).toList();
    }

    List<String> lowestQuestions() {
        return cells("#insights-lowest", 1);
    }

    private List<String> cells(String id, int column) {
        GridPane grid = robot.lookup(id).queryAs(GridPane.class);
        return grid.getChildren().stream()
                .filter(n -> rowOf(n) > 0 && GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == column)
                .sorted(java.util.Comparator.comparingInt(InsightsPage::rowOf))
                .map(n -> ((Label) n).getText()).toList();
    }

    private static int rowOf(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }

    /** Scrolls the screen so that the node is in view, as a user would before clicking it. */
    InsightsPage scrollTo(String id) {
        robot.interact(() -> {
            ScrollPane pane = robot.lookup("#insights-screen").queryAs(ScrollPane.class);
            Node node = robot.lookup(id).query();
            double y = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double range = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    StackedBarChart<?, ?> chart() {
        return robot.lookup("#insights-chart").queryAs(StackedBarChart.class);
    }

    InsightsPage groupBy(String label) {
        scrollTo("#insights-grouping");
        robot.clickOn("#insights-grouping");
        robot.clickOn(label);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }
}
