package uk.gov.gcs.digitalskills.app.pages;

import java.util.concurrent.TimeUnit;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

public final class HistoryPage extends Page {
    public HistoryPage(FxRobot robot) {
        super(robot, "history-screen");
    }

    public HistoryPage loaded(int expected) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count() == expected);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected " + expected + " past assessments but saw " + count(), e);
        }
        return this;
    }

    public int count() {
        return node("history-list", VBox.class).getChildren().size();
    }

    public boolean emptyShown() {
        return visible("history-empty");
    }

    public String overall(int row) {
        return text("history-overall-" + row);
    }

    public ResultsPage open(int row) {
        click("history-open-" + row);
        return new ResultsPage(robot);
    }

    public HistoryPage tick(int row) {
        click("history-tick-" + row);
        return this;
    }

    public ComparePage compare() {
        click("history-compare");
        return new ComparePage(robot);
    }
}
