package uk.gov.gcs.digitalskills.app.objective;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The builder as a user meets it: find things by id, type with the keyboard, read what is shown. */
final class ObjectiveBuilderPage {
    private final FxRobot robot;

    ObjectiveBuilderPage(FxRobot robot) {
        this.robot = robot;
    }

    ObjectiveBuilderPage useSuggestion(int index) {
        robot.clickOn("#objective-suggestion-" + index + "-use");
        return this;
    }

    /** Replaces the text of the focused control with what is typed, then moves on with Tab. */
    ObjectiveBuilderPage typeAndTab(String text) {
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        robot.type(KeyCode.TAB);
        return this;
    }

    ObjectiveBuilderPage tab() {
        robot.type(KeyCode.TAB);
        return this;
    }

    ObjectiveBuilderPage press(KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        return this;
    }

    /** Moves focus to a node the way a keyboard user's next Tab would reach it (the view scrolls it into view). */
    ObjectiveBuilderPage focus(String query) {
        robot.interact(() -> node(query).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    Node focused() {
        return robot.targetWindow().getScene().getFocusOwner();
    }

    String focusedId() {
        Node node = focused();
        // The date picker's text field has no id of its own: report the picker.
        while (node != null && node.getId() == null) {
            node = node.getParent();
        }
        return node == null ? null : node.getId();
    }

    Node node(String query) {
        return robot.lookup(query).query();
    }

    String fieldText(String fieldId) {
        Node node = node("#objective-field-" + fieldId);
        if (node instanceof DatePicker picker) {
            return picker.getEditor().getText();
        }
        if (node instanceof ComboBox<?> box) {
            return String.valueOf(box.getValue());
        }
        return ((TextField) node).getText();
    }

    String message(String fieldId) {
        return ((Label) node("#objective-message-" + fieldId)).getText();
    }

    String smart(String letter) {
        return node("#objective-smart-" + letter).getAccessibleText();
    }

    String preview() {
        return ((Label) node("#objective-preview")).getText();
    }

    TextArea sentence() {
        return robot.lookup("#objective-sentence").queryAs(TextArea.class);
    }

    String status() {
        return ((Label) node("#objective-status")).getText();
    }
}
