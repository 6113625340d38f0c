package uk.gov.gcs.digitalskills.app.pages;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

public final class StartPage extends Page {
    public StartPage(FxRobot robot) {
        super(robot, "start-screen");
    }

    /** Waits until the questionnaire and saved assessments have loaded. */
    public StartPage loaded() {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> !node("start-new", Node.class).isDisabled() || visible("start-problem"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the start screen never finished loading", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public AboutYouPage startNew() {
        click("start-new");
        return new AboutYouPage(robot);
    }

    /** Follows the "Team insights" link; the insights screen has its own page object in app.insights. */
    public void teamInsights() {
        click("start-insights");
        waitFor("insights-screen");
    }

    public boolean canContinue() {
        return visible("start-continue");
    }

    public String lastSaved() {
        return text("start-last-saved");
    }

    public TaskListPage continueAssessment() {
        click("start-continue");
        return new TaskListPage(robot);
    }

    public HistoryPage pastAssessments() {
        click("start-history");
        return new HistoryPage(robot);
    }

    public java.util.List<String> notices() {
        return node("start-notices", VBox.class).getChildren().stream().skip(1)
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    public boolean noticesShown() {
        return visible("start-notices");
    }

    public VBox links() {
        return node("start-links", VBox.class);
    }
}
