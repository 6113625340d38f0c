package uk.gov.gcs.digitalskills.app.pages;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The objective builder as a user meets it: find things by id, type with the keyboard, read what is shown. */
public final class ObjectiveBuilderPage extends Page {
    public ObjectiveBuilderPage(FxRobot robot) {
        super(robot, "objective-screen");
    }

    /** Chooses a suggestion card with the mouse. */
    public ObjectiveBuilderPage useSuggestion(int index) {
        click("objective-suggestion-" + index + "-use");
        return this;
    }

    /** Chooses a suggestion card from the keyboard (focus on its button, then Space). */
    public ObjectiveBuilderPage useSuggestionByKeyboard(int index) {
        press("objective-suggestion-" + index + "-use");
        return this;
    }

    public ObjectiveBuilderPage useExample() {
        click("objective-example");
        return this;
    }

    public ObjectiveBuilderPage save() {
        click("objective-save");
        return this;
    }

    /** Sets a field's text directly, as pasting would. */
    public ObjectiveBuilderPage set(String fieldId, String text) {
        TextField field = node("objective-field-" + fieldId, TextField.class);
        robot.interact(() -> field.setText(text));
        return this;
    }

    /** True when the target is big enough that the builder asks to confirm it. */
    public boolean asksToConfirmTarget() {
        return visible("objective-target-confirm");
    }

    /** Replaces the text of the focused control with what is typed, then moves on with Tab. */
    public ObjectiveBuilderPage typeAndTab(String text) {
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        robot.type(KeyCode.TAB);
        return this;
    }

    public ObjectiveBuilderPage tab() {
        robot.type(KeyCode.TAB);
        return this;
    }

    public ObjectiveBuilderPage press(KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Moves focus to a node the way a keyboard user's next Tab would reach it. */
    public ObjectiveBuilderPage focus(String id) {
        Node target = node(id, Node.class);
        robot.interact(target::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public Node focused() {
        return focusOwner();
    }

    public String focusedId() {
        Node node = focused();
        // The date picker's text field has no id of its own: report the picker.
        while (node != null && node.getId() == null) {
            node = node.getParent();
        }
        return node == null ? null : node.getId();
    }

    /**
     * True when the focused control lies wholly inside the visible part of the screen's scroll pane, so a
     * keyboard user can see where focus is.
     */
    public boolean focusedIsInView() {
        Node node = focused();
        ScrollPane scroll = null;
        for (Node n = node; n != null && scroll == null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                scroll = pane;
            }
        }
        if (node == null || scroll == null) {
            return false;
        }
        Node viewport = scroll.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds target = node.localToScene(node.getLayoutBounds());
        return target.getMinY() >= view.getMinY() && target.getMaxY() <= view.getMaxY();
    }

    /** How far down the screen's scroll pane is, 0 (top) to 1 (bottom). */
    public double scrollPosition() {
        for (Node n = node("objective-screen", Node.class); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                return pane.getVvalue();
            }
        }
        return 0;
    }

    public boolean shows(String id) {
        return visible(id);
    }

    public String label(String id) {
        return text(id);
    }

    public String fieldText(String fieldId) {
        Node node = node("objective-field-" + fieldId, Node.class);
        if (node instanceof ComboBox<?> box) {
            return String.valueOf(box.getValue());
        }
        return ((TextField) node).getText();
    }

    public String message(String fieldId) {
        return text("objective-message-" + fieldId);
    }

    public String smart(String letter) {
        return node("objective-smart-" + letter, Node.class).getAccessibleText();
    }

    public String preview() {
        return node("objective-preview", Label.class).getText();
    }

    public TextArea sentence() {
        return node("objective-sentence", TextArea.class);
    }

    public String status() {
        return text("objective-status");
    }
}
