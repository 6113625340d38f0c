package uk.gov.gcs.digitalskills.app.pages;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;

public final class AboutYouPage extends Page {
    public AboutYouPage(FxRobot robot) {
        super(robot, "about-screen");
    }

    public AboutYouPage name(String name) {
        type("about-name", name);
        return this;
    }

    public AboutYouPage role(String label) {
        return choose("about-role", label);
    }

    public AboutYouPage grade(String label) {
        return choose("about-grade", label);
    }

    public AboutYouPage organisation(String label) {
        return choose("about-organisation", label);
    }

    public AboutYouPage otherOrganisation(String text) {
        type("about-other-organisation", text);
        return this;
    }

    public boolean otherOrganisationShown() {
        return node("about-other-organisation", javafx.scene.Node.class).isVisible();
    }

    @SuppressWarnings("unchecked")
    private AboutYouPage choose(String id, String label) {
        ComboBox<ProfileEntry> combo = node(id, ComboBox.class);
        ProfileEntry entry = combo.getItems().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no entry " + label));
        // Keyboard, as a user without a mouse would: focus the list, then the arrow keys.
        robot.interact(combo::requestFocus);
        int target = combo.getItems().indexOf(entry);
        robot.interact(() -> combo.getSelectionModel().clearSelection());
        robot.interact(combo::show);
        for (int i = 0; i <= target; i++) {
            robot.type(javafx.scene.input.KeyCode.DOWN);
        }
        robot.type(javafx.scene.input.KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (combo.getValue() != entry) {
            throw new AssertionError(id + ": chose " + combo.getValue() + " instead of " + label);
        }
        return this;
    }

    /** Continue, expecting to move on. */
    public TaskListPage continueToTaskList() {
        click("about-continue");
        return new TaskListPage(robot);
    }

    public CheckAnswersPage continueToCheck() {
        click("about-continue");
        return new CheckAnswersPage(robot);
    }

    /** Continue, expecting errors. */
    public AboutYouPage continueWithErrors() {
        click("about-continue");
        return this;
    }

    public boolean errorSummaryShown() {
        return visible("about-error-summary");
    }

    public boolean errorSummaryFocused() {
        return focusOwner() == node("about-error-summary", VBox.class);
    }

    public java.util.List<String> errorSummary() {
        VBox summary = node("about-error-summary", VBox.class);
        VBox list = (VBox) summary.getChildren().get(1);
        return list.getChildren().stream().map(n -> ((Hyperlink) n).getText()).toList();
    }

    public String fieldError(String field) {
        return text("about-" + field + "-error");
    }

    public boolean fieldErrorShown(String field) {
        return visible("about-" + field + "-error");
    }
}
