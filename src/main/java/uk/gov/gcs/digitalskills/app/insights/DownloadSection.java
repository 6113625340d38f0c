package uk.gov.gcs.digitalskills.app.insights;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * "Download": the team report PDF (save dialog, a busy line while it is written, then a confirmation or one
 * sentence saying what went wrong, as the appraisal PDF's export does) and the figures as CSV.
 */
final class DownloadSection {
    private DownloadSection() {
    }

    static VBox build(InsightsViewModel vm, Messages messages, PathChooser chooser, Supplier<Window> window) {
        ReportDownload download = vm.reportDownload();
        Label heading = Ui.heading(messages.get("insights.download.heading"), "m");
        heading.setId("insights-download-heading");
        Button report = Ui.primary(messages.get("insights.report.download"), () -> {
            if (chooser instanceof FxPathChooser fx) {
                fx.owner(window.get());
            }
            vm.downloadReport(chooser);
        });
        report.setId("insights-download-report");
        report.disableProperty().bind(download.workingProperty());
        Button csv = Ui.secondary(messages.get("insights.export"), () -> chooser
                .chooseCsvTarget(window.get(), vm.suggestedCsvName()).ifPresent(vm::exportCsv));
        csv.setId("insights-export");
        FlowPane buttons = new FlowPane(16, 12, report, csv);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.accessibleTextProperty().bind(download.busyTextProperty());
        Label busyText = Ui.hint("");
        busyText.setId("insights-report-busy");
        busyText.textProperty().bind(download.busyTextProperty());
        HBox busy = new HBox(10, spinner, busyText);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(download.workingProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label confirmation = Ui.body(download.confirmationProperty());
        confirmation.setId("insights-report-done");
        confirmation.getStyleClass().add("bold");
        Button open = Ui.secondary(messages.get("export.open"), download::openSaved);
        open.setId("insights-report-open");
        Button showInFolder = Ui.secondary(messages.get("export.showInFolder"), download::showSavedInFolder);
        showInFolder.setId("insights-report-show-in-folder");
        VBox done = new VBox(12, confirmation, new HBox(12, open, showInFolder));
        done.getStyleClass().add("export-confirmation");
        done.visibleProperty().bind(download.savedProperty().isNotNull());
        done.managedProperty().bind(done.visibleProperty());

        Label error = Ui.body(download.errorProperty());
        error.setId("insights-report-error");
        error.getStyleClass().addAll(Ui.ERROR_MESSAGE, "export-error");
        InsightsView.showWhenText(error);
        Button copy = Ui.copyDetails(messages, "insights-report-error", () -> download.errorDetailsProperty().get());
        copy.visibleProperty().bind(download.errorDetailsProperty().isNotEmpty());
        copy.managedProperty().bind(copy.visibleProperty());

        VBox section = new VBox(12, heading, Ui.hint(messages.get("insights.download.hint")), buttons, busy, done,
                error, copy);
        section.setId("insights-download");
        section.getStyleClass().add(Ui.SECTION_BREAK);
        section.visibleProperty().bind(vm.hasResultsProperty());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }
}
