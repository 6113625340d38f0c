package uk.gov.gcs.digitalskills.app.objective;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** The sentence to reword freely, "use the sentence from the fields again", and "Save objective". */
final class SentenceEditor {
    private SentenceEditor() {
    }

    /** {@code notSaved} runs when saving found something to fix (the view moves to the error summary). */
    static Node build(ObjectiveBuilderViewModel vm, Messages messages, Runnable notSaved) {
        Label heading = Ui.heading(messages.get("objective.sentence.heading"), "m");
        Label hint = Ui.hint(messages.get("objective.sentence.hint"));
        TextArea area = new TextArea();
        area.setId("objective-sentence");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.textProperty().bindBidirectional(vm.sentenceProperty());
        area.setAccessibleHelp(messages.get("objective.sentence.hint"));
        keepTabForFocus(area);
        heading.setLabelFor(area);

        Label edited = Ui.body(messages.get("objective.sentence.edited"));
        edited.setId("objective-sentence-edited");
        Button reset = Ui.secondary(messages.get("objective.sentence.reset"), vm::resetSentence);
        reset.setId("objective-sentence-reset");
        HBox editedRow = new HBox(16, edited, reset);
        editedRow.setAlignment(Pos.CENTER_LEFT);
        editedRow.visibleProperty().bind(vm.sentenceEditedProperty());
        editedRow.managedProperty().bind(vm.sentenceEditedProperty());

        Button save = Ui.primary(messages.get("objective.save"), () -> {
            if (!vm.save()) {
                notSaved.run();
            }
        });
        save.setId("objective-save");
        Label status = new Label();
        status.setId("objective-status");
        status.getStyleClass().add("objective-status");
        status.textProperty().bind(vm.statusProperty());
        status.setAccessibleRole(AccessibleRole.TEXT);
        HBox actions = new HBox(20, save, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(12, heading, hint, area, editedRow, actions);
    }

    /** Tab and Shift+Tab leave a text area instead of typing a tab, so the keyboard is never trapped. */
    private static void keepTabForFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own "move focus" key; Shift keeps the direction.
                area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            }
        });
    }
}
