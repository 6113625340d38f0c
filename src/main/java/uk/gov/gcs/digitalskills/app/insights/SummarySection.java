package uk.gov.gcs.digitalskills.app.insights;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** The last import's summary: counts, the rejected files and why, and every outcome as text to copy. */
final class SummarySection {
    private SummarySection() {
    }

    static VBox build(ImportModel imports, Messages messages) {
        Label heading = Ui.heading(messages.get("insights.summary.heading"), "m");
        heading.setId("insights-summary-heading");
        Label counts = Ui.heading("", "s");
        counts.setId("insights-summary-counts");
        counts.textProperty().bind(imports.summaryCountsProperty());

        Label rejectedLabel = Ui.heading(messages.get("insights.summary.rejected"), "s");
        ListView<String> rejected = new ListView<>(imports.rejections());
        rejected.setId("insights-rejections");
        rejected.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        rejected.prefHeightProperty().bind(Bindings.min(Bindings.size(imports.rejections()), 4).multiply(62).add(6));
        rejectedLabel.setLabelFor(rejected);
        VBox rejectedBox = new VBox(8, rejectedLabel, rejected);
        rejectedBox.visibleProperty().bind(Bindings.isNotEmpty(imports.rejections()));
        rejectedBox.managedProperty().bind(rejectedBox.visibleProperty());

        Label detailsLabel = new Label(messages.get("insights.summary.details"));
        detailsLabel.getStyleClass().add("field-label");
        TextArea details = new TextArea();
        details.setId("insights-summary-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(5);
        details.textProperty().bind(imports.summaryDetailsProperty());
        detailsLabel.setLabelFor(details);
        Label copied = new Label();
        Button copy = Ui.secondary(messages.get("insights.summary.copy"), () -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(imports.summaryDetailsProperty().get());
            Clipboard.getSystemClipboard().setContent(clip);
            copied.setText(messages.get("insights.summary.copied"));
        });
        copy.setId("insights-copy-summary");
        HBox copyRow = new HBox(12, copy, copied);
        copyRow.setAlignment(Pos.CENTER_LEFT);

        VBox section = new VBox(10, heading, counts, rejectedBox, detailsLabel, details, copyRow);
        section.setId("insights-summary");
        section.getStyleClass().add("summary-panel");
        section.visibleProperty().bind(imports.lastImportProperty().isNotNull());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }
}
