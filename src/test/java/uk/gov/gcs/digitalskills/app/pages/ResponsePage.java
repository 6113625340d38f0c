package uk.gov.gcs.digitalskills.app.pages;

import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Add your manager's response": choose the PDF (the test's chooser answers), check what was read, save. */
public final class ResponsePage extends Page {
    public ResponsePage(FxRobot robot) {
        super(robot, "response-screen");
    }

    /** "Choose the PDF", then waits until the PDF has been read (or could not be). */
    public ResponsePage choose() {
        press("response-choose");
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("response-found") || visible("response-problem"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("reading the PDF never finished", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public boolean found() {
        return visible("response-found");
    }

    public String problem() {
        return visible("response-problem") ? text("response-problem") : "";
    }

    public String name() {
        return text("response-name");
    }

    public String date() {
        return text("response-date");
    }

    public String agreed() {
        return text("response-agreed");
    }

    public String comments() {
        return text("response-comments");
    }

    /** Whether "Save this response" has the focus once the response is shown, so Space saves it. */
    public boolean saveFocused() {
        return focusOwner() != null && "response-save".equals(focusOwner().getId());
    }

    public StartPage saveToStart() {
        press("response-save");
        return new StartPage(robot);
    }
}
