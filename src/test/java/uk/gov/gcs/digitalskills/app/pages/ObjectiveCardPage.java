package uk.gov.gcs.digitalskills.app.pages;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Your objective this year" on the start screen; every action is taken from the keyboard. */
public final class ObjectiveCardPage extends Page {
    public ObjectiveCardPage(FxRobot robot) {
        super(robot, "start-screen");
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("start-objective")
                    && exists("start-objective-text"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the objective card never appeared", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public String objective() {
        return text("start-objective-text");
    }

    public String figures() {
        return text("start-objective-figures");
    }

    public String progress() {
        return text("start-objective-progress");
    }

    /** How full the bar is, or -1 when there is no bar. */
    public double bar() {
        return exists("start-objective-bar") ? node("start-objective-bar", ProgressBar.class).getProgress() : -1;
    }

    public String barAccessibleText() {
        return node("start-objective-bar", ProgressBar.class).getAccessibleText();
    }

    public java.util.List<String> reviews() {
        return node("start-objective-reviews", VBox.class).getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    public String manager() {
        return text("start-objective-manager");
    }

    public String midYearAction() {
        return text("start-objective-mid-year");
    }

    public String yearEndAction() {
        return text("start-objective-year-end");
    }

    public String responseAction() {
        return text("start-objective-response");
    }

    public ReviewPage midYear() {
        press("start-objective-mid-year");
        return new ReviewPage(robot);
    }

    public ReviewPage yearEnd() {
        press("start-objective-year-end");
        return new ReviewPage(robot);
    }

    public ResponsePage addResponse() {
        press("start-objective-response");
        return new ResponsePage(robot);
    }
}
