package uk.gov.gcs.digitalskills.app.export;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * The export part the Results and objective screens place: two buttons, then {@link SavedFileView}'s busy line,
 * confirmation with "Open" and "Show in folder", or error sentence. Asks where to save with the system's dialog.
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
        SaveDialog ask = dialog != null ? dialog
                : new SystemSaveDialog(() -> root.getScene() == null ? null : root.getScene().getWindow());
        Button pdf = Ui.primary(messages.get("export.downloadPdf"), () -> model.downloadPdf(ask));
        pdf.setId("export-pdf");
        Button result = Ui.secondary(messages.get("export.saveResult"), () -> model.saveResultFile(ask));
        result.setId("export-result");
        pdf.disableProperty().bind(model.file().workingProperty());
        result.disableProperty().bind(model.file().workingProperty());
        HBox buttons = new HBox(16, pdf, result);
        buttons.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(buttons, Ui.hint(messages.get("export.hint")));
        root.getChildren().addAll(SavedFileView.build(model.file(), messages, "export"));
        root.setId("export");
        return root;
    }
}
