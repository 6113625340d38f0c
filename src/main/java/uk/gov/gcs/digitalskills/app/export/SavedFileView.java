package uk.gov.gcs.digitalskills.app.export;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * What a screen shows under its save buttons for a {@link SavedFile}, in reading and focus order: the busy line
 * while the file is written, the confirmation with "Open" and "Show in folder" once it is saved, and the error
 * sentence with "Copy details" when something went wrong. Each is shown only when it has something to say.
 */
public final class SavedFileView {
    private SavedFileView() {
    }

    /**
     * The rows, for the screen to add to its own column (so they take its spacing). Their ids start with
     * {@code id}: {@code id-busy}, {@code id-confirmation}, {@code id-open}, {@code id-show-in-folder},
     * {@code id-error} and {@code id-error-copy}.
     */
    public static List<Node> build(SavedFile file, Messages messages, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.accessibleTextProperty().bind(file.busyTextProperty());
        Label busyText = Ui.hint("");
        busyText.setId(id + "-busy");
        busyText.textProperty().bind(file.busyTextProperty());
        HBox busy = new HBox(10, spinner, busyText);
        busy.setAlignment(Pos.CENTER_LEFT);
        showWhen(busy, file.workingProperty());

        Label confirmation = Ui.body(file.confirmationProperty());
        confirmation.setId(id + "-confirmation");
        confirmation.getStyleClass().add("bold");
        Button open = Ui.secondary(messages.get("export.open"), file::open);
        open.setId(id + "-open");
        Button showInFolder = Ui.secondary(messages.get("export.showInFolder"), file::showInFolder);
        showInFolder.setId(id + "-show-in-folder");
        VBox done = new VBox(12, confirmation, new HBox(12, open, showInFolder));
        done.getStyleClass().add("export-confirmation");
        showWhen(done, file.savedProperty().isNotNull());

        Label error = Ui.body(file.errorProperty());
        error.setId(id + "-error");
        error.getStyleClass().addAll(Ui.ERROR_MESSAGE, "export-error");
        showWhen(error, file.errorProperty().isNotEmpty());
        Button copy = Ui.copyDetails(messages, id + "-error", () -> file.errorDetailsProperty().get());
        showWhen(copy, file.errorDetailsProperty().isNotEmpty());
        return List.of(busy, done, error, copy);
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
