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

/**
 * The export part the Results and objective screens place: two buttons, a busy indicator, then a confirmation
 * with "Open" and "Show in folder", or an error sentence. Asks where to save with a {@link FileChooser}.
 */
public final class ExportView {
    private final VBox root;

    public ExportView(ExportViewModel model, Messages messages) {
        this(model, messages, null);
    }

    /** For tests: answer the save dialog without showing one. */
    ExportView(ExportViewModel model, Messages messages, SaveDialog dialog) {
        SaveDialog ask = dialog != null ? dialog : this::choose;
        Button pdf = new Button(messages.get("export.downloadPdf"));
        pdf.setId("export-pdf");
        pdf.getStyleClass().add("export-primary");
        pdf.setOnAction(e -> model.downloadPdf(ask));
        Button result = new Button(messages.get("export.saveResult"));
        result.setId("export-result");
        result.getStyleClass().add("export-secondary");
        result.setOnAction(e -> model.saveResultFile(ask));
        pdf.disableProperty().bind(model.workingProperty());
        result.disableProperty().bind(model.workingProperty());
        HBox buttons = new HBox(16, pdf, result);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(messages.get("export.hint"));
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.accessibleTextProperty().bind(model.busyTextProperty());
        Label busyText = new Label();
        busyText.setId("export-busy");
        busyText.getStyleClass().add("export-busy");
        busyText.textProperty().bind(model.busyTextProperty());
        HBox busy = new HBox(10, spinner, busyText);
        busy.setAlignment(Pos.CENTER_LEFT);
        showWhen(busy, model.workingProperty());

        Label confirmation = new Label();
        confirmation.setId("export-confirmation");
        confirmation.getStyleClass().add("export-confirmation-text");
        confirmation.setWrapText(true);
        confirmation.textProperty().bind(model.confirmationProperty());
        Button open = new Button(messages.get("export.open"));
        open.setId("export-open");
        open.getStyleClass().add("export-secondary");
        open.setOnAction(e -> model.openSaved());
        Button showInFolder = new Button(messages.get("export.showInFolder"));
        showInFolder.setId("export-show-in-folder");
        showInFolder.getStyleClass().add("export-secondary");
        showInFolder.setOnAction(e -> model.showSavedInFolder());
        VBox done = new VBox(12, confirmation, new HBox(12, open, showInFolder));
        done.getStyleClass().add("export-confirmation");
        showWhen(done, model.savedFileProperty().isNotNull());

        Label error = new Label();
        error.setId("export-error");
        error.getStyleClass().add("export-error");
        error.setWrapText(true);
        error.setAccessibleRole(AccessibleRole.TEXT);
        error.textProperty().bind(model.errorProperty());
        showWhen(error, model.errorProperty().isNotEmpty());

        root = new VBox(16, buttons, hint, busy, done, error);
        root.setId("export");
        root.getStylesheets().add(ExportView.class.getResource("export.css").toExternalForm());
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    public Node node() {
        return root;
    }

    private Optional<Path> choose(String title, Path folder, String defaultName, String filterName,
                                  String extension) {
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
