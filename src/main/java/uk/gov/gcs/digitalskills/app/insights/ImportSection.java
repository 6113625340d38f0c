package uk.gov.gcs.digitalskills.app.insights;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** "Import results": choose files or a folder, then a progress bar with the count and Cancel. */
final class ImportSection {
    private ImportSection() {
    }

    static VBox build(InsightsViewModel vm, Messages messages, PathChooser chooser, Supplier<Window> window) {
        ImportModel imports = vm.imports();
        Label heading = Ui.heading(messages.get("insights.import.heading"), "m");
        heading.setId("insights-import-heading");
        Button files = Ui.primary(messages.get("insights.chooseFiles"),
                () -> vm.importPaths(chooser.chooseFiles(window.get())));
        files.setId("insights-choose-files");
        Button folder = Ui.secondary(messages.get("insights.chooseFolder"),
                () -> chooser.chooseFolder(window.get()).ifPresent(path -> vm.importPaths(List.of(path))));
        folder.setId("insights-choose-folder");
        files.disableProperty().bind(imports.importingProperty());
        folder.disableProperty().bind(imports.importingProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("insights-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(imports.progressProperty());
        bar.setAccessibleText(messages.get("insights.progress.label"));
        Label count = new Label();
        count.setId("insights-progress-text");
        count.textProperty().bind(imports.progressTextProperty());
        count.setLabelFor(bar);
        bar.accessibleHelpProperty().bind(imports.progressTextProperty());
        Button cancel = Ui.secondary(messages.get("insights.cancel"), vm::cancelImport);
        cancel.setId("insights-cancel");
        cancel.visibleProperty().bind(imports.importingProperty());
        cancel.managedProperty().bind(imports.importingProperty());
        HBox progressRow = new HBox(16, bar, count, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(imports.importingProperty().or(imports.lastImportProperty().isNotNull()));
        progressRow.managedProperty().bind(progressRow.visibleProperty());

        HBox buttons = new HBox(16, files, folder);
        return new VBox(12, heading, Ui.hint(messages.get("insights.import.hint")), buttons, progressRow);
    }
}
