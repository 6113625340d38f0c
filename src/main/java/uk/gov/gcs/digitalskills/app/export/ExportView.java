package uk.gov.gcs.digitalskills.app.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * The export part the Results and objective screens place: two buttons, a busy indicator, then a confirmation
 * with "Open" and "Show in folder", or an error sentence. Asks where to save with a {@link FileChooser}.
 */
public final class ExportView {
    private ExportView() {
    }

    /** The part, asking where to save with the system's save dialog. */
    public static Node build(ExportViewModel model, Messages messages) {
        return build(model, messages, null);
    }

    /** For tests: {@code dialog} answers the save dialog without showing one. */
    static Node build(ExportViewModel model, Messages messages, SaveDialog dialog) {
        VBox root = new VBox(16);
        SaveDialog ask = dialog != null ? dialog : (title, folder, name, filter, extension) ->
                choose(root, title, folder, name, filter, extension);
        Button pdf = Ui.primary(messages.get("export.downloadPdf"), () -> model.downloadPdf(ask));
        pdf.setId("export-pdf");
        Button result = Ui.secondary(messages.get("export.saveResult"), () -> model.saveResultFile(ask));
        result.setId("export-result");
        pdf.disableProperty().bind(model.workingProperty());
        result.disableProperty().bind(model.workingProperty());
        HBox buttons = new HBox(16, pdf, result);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.accessibleTextProperty().bind(model.busyTextProperty());
        Label busyText = Ui.hint("");
        busyText.setId("export-busy");
        busyText.textProperty().bind(model.busyTextProperty());
        HBox busy = new HBox(10, spinner, busyText);
        busy.setAlignment(Pos.CENTER_LEFT);
        showWhen(busy, model.workingProperty());

        Label confirmation = Ui.body(model.confirmationProperty());
        confirmation.setId("export-confirmation");
        confirmation.getStyleClass().add("bold");
        Button open = Ui.secondary(messages.get("export.open"), model::openSaved);
        open.setId("export-open");
        Button showInFolder = Ui.secondary(messages.get("export.showInFolder"), model::showSavedInFolder);
        showInFolder.setId("export-show-in-folder");
        VBox done = new VBox(12, confirmation, new HBox(12, open, showInFolder));
        done.getStyleClass().add("export-confirmation");
        showWhen(done, model.savedFileProperty().isNotNull());

        Label error = new Label();
        error.setId("export-error");
        error.getStyleClass().addAll(Ui.ERROR_MESSAGE, "export-error");
        error.setWrapText(true);
        error.setAccessibleRole(AccessibleRole.TEXT);
        error.textProperty().bind(model.errorProperty());
        showWhen(error, model.errorProperty().isNotEmpty());
        Button copy = Ui.copyDetails(messages, "export-error", () -> model.errorDetailsProperty().get());
        showWhen(copy, model.errorDetailsProperty().isNotEmpty());

        root.getChildren().addAll(buttons, Ui.hint(messages.get("export.hint")), busy, done, error, copy);
        root.setId("export");
        return root;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static Optional<Path> choose(Node root, String title, Path folder, String defaultName,
                                         String filterName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(defaultName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*" + extension));
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
