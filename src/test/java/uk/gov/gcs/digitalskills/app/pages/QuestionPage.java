package uk.gov.gcs.digitalskills.app.pages;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

public final class QuestionPage extends Page {
    public QuestionPage(FxRobot robot) {
        super(robot, "question-screen");
    }

    public String heading() {
        return text("question-heading");
    }

    public String caption() {
        return text("question-caption");
    }

    public boolean multiple() {
        return robot.lookup("#option-1").query() instanceof CheckBox;
    }

    public int optionCount() {
        return robot.lookup("#question-options .option").queryAll().size()
                - (exists("option-na") ? 1 : 0);
    }

    /** The label of the n-th option as shown (1-based). */
    public String optionLabel(int n) {
        return node("option-" + n, ButtonBase.class).getText();
    }

    /** Whether "Not relevant to my role" is offered on this question. */
    public boolean offersNotApplicable() {
        return exists("option-na");
    }

    public boolean selected(int n) {
        ButtonBase option = node("option-" + n, ButtonBase.class);
        return option instanceof CheckBox box ? box.isSelected() : ((ToggleButton) option).isSelected();
    }

    public boolean notApplicableSelected() {
        return node("option-na", ToggleButton.class).isSelected();
    }

    public QuestionPage clickOption(int n) {
        click("option-" + n);
        return this;
    }

    /** Presses a key as the keyboard shortcuts expect: 1–9 or N. */
    public QuestionPage key(KeyCode code) {
        robot.type(code);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String error() {
        return visible("question-error") ? text("question-error") : "";
    }

    /** Clicks Continue. */
    public void continueOn() {
        click("question-continue");
    }

    /** Enter, which continues (unless a link or button has focus). */
    public void enter() {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void altLeft() {
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
