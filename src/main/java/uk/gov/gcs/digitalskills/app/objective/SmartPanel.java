package uk.gov.gcs.digitalskills.app.objective;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * The column beside the form: the live preview of the sentence and the SMART check, one row a letter with its
 * status in words (the colour of the mark only adds to them). Both take focus so a keyboard user can read them.
 */
final class SmartPanel {
    private SmartPanel() {
    }

    static Node build(ObjectiveBuilderViewModel vm, Messages messages) {
        VBox side = new VBox(20, preview(vm, messages), check(vm, messages));
        side.setPrefWidth(420);
        side.setMinWidth(360);
        side.setMaxWidth(440);
        return side;
    }

    private static Node preview(ObjectiveBuilderViewModel vm, Messages messages) {
        Label text = Ui.body(vm.previewProperty());
        text.setId("objective-preview");
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setFocusTraversable(true);
        text.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.get("objective.preview.accessible", vm.previewProperty().get()), vm.previewProperty()));
        VBox box = new VBox(8, Ui.heading(messages.get("objective.preview.heading"), "s"), text);
        box.getStyleClass().add("objective-preview");
        return box;
    }

    private static Node check(ObjectiveBuilderViewModel vm, Messages messages) {
        VBox panel = new VBox(12, Ui.heading(messages.get("objective.smart.heading"), "s"));
        panel.setId("objective-smart");
        panel.getStyleClass().add("objective-smart");
        for (SmartRow row : vm.smartRows()) {
            panel.getChildren().add(row(row, messages));
        }
        return panel;
    }

    private static Node row(SmartRow row, Messages messages) {
        Label mark = new Label();
        mark.getStyleClass().add("objective-smart-mark");
        mark.textProperty().bind(Bindings.when(row.passedProperty())
                .then(messages.get("objective.smart.pass.mark")).otherwise(messages.get("objective.smart.fail.mark")));
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Label name = Ui.body("");
        name.getStyleClass().add("bold");
        name.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("objective.smart.row", row.name(), row.statusProperty().get()), row.statusProperty()));
        Label detail = Ui.body(row.detailProperty());
        detail.getStyleClass().add("objective-smart-detail");
        VBox words = new VBox(2, name, detail);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox line = new HBox(10, mark, words);
        line.setId("objective-smart-" + row.letter().name());
        line.getStyleClass().add("objective-smart-row");
        line.setFocusTraversable(true);
        line.setAccessibleRole(AccessibleRole.TEXT);
        line.accessibleTextProperty().bind(row.accessibleTextProperty());
        ChangeListener<Boolean> style = (obs, old, pass) -> {
            line.getStyleClass().removeAll("pass", "fail");
            line.getStyleClass().add(pass ? "pass" : "fail");
        };
        row.passedProperty().addListener(style);
        style.changed(null, null, row.passedProperty().get());
        return line;
    }
}
