package uk.gov.gcs.digitalskills.app.pages;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The mid-year or year-end review form, driven by the keyboard alone: Tab, typing, Space, Enter, Alt+Left. */
public final class ReviewPage extends Page {
    public ReviewPage(FxRobot robot) {
        super(robot, "review-screen");
    }

    public String heading() {
        return robot.lookup("#review-screen .heading-l").queryAs(Labeled.class).getText();
    }

    public String date() {
        return node("review-date", TextInputControl.class).getText();
    }

    public String actual() {
        return node("review-actual", TextInputControl.class).getText();
    }

    public String note() {
        return node("review-note", TextInputControl.class).getText();
    }

    /** The id (without "review-") of the control that has focus, such as "date" or "status-on-track". */
    public String focused() {
        Node owner = focusOwner();
        return owner == null || owner.getId() == null ? "" : owner.getId().replaceFirst("^review-", "");
    }

    public ReviewPage tab() {
        return key(KeyCode.TAB);
    }

    public ReviewPage key(KeyCode code) {
        robot.type(code);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Selects everything in the focused field and types over it. */
    public ReviewPage typeOver(String text) {
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public boolean selected(String status) {
        return node("review-status-" + status, RadioButton.class).isSelected();
    }

    public String noteCount() {
        return text("review-note-count");
    }

    public boolean errorSummaryShown() {
        return visible("review-error-summary");
    }

    public boolean errorSummaryFocused() {
        Node owner = focusOwner();
        return owner != null && "review-error-summary".equals(owner.getId());
    }

    public java.util.List<String> errorSummary() {
        VBox summary = node("review-error-summary", VBox.class);
        VBox list = (VBox) summary.getChildren().get(1);
        return list.getChildren().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    public String fieldError(String field) {
        return visible("review-" + field + "-error") ? text("review-" + field + "-error") : "";
    }

    public void enter() {
        key(KeyCode.ENTER);
    }

    public StartPage altLeft() {
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        return new StartPage(robot);
    }
}
