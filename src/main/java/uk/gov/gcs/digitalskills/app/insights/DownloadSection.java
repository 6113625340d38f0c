package uk.gov.gcs.digitalskills.app.insights;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.app.export.SavedFileView;

/**
 * "Download": the team report PDF (save dialog, then {@link SavedFileView}'s busy line, confirmation or one
 * sentence saying what went wrong, as the appraisal PDF's export shows) and the figures as CSV.
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
        report.disableProperty().bind(download.file().workingProperty());
        Button csv = Ui.secondary(messages.get("insights.export"), () -> chooser
                .chooseCsvTarget(window.get(), vm.suggestedCsvName()).ifPresent(vm::exportCsv));
        csv.setId("insights-export");
        FlowPane buttons = new FlowPane(16, 12, report, csv);

        VBox section = new VBox(12, heading, Ui.hint(messages.get("insights.download.hint")), buttons);
        section.getChildren().addAll(SavedFileView.build(download.file(), messages, "insights-report"));
        section.setId("insights-download");
        section.getStyleClass().add(Ui.SECTION_BREAK);
        section.visibleProperty().bind(vm.hasResultsProperty());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }
}
