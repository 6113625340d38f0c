package uk.gov.gcs.digitalskills.app.insights;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** The last import's summary: counts, the rejected files and why, and "Copy summary" for every outcome as text. */
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
        // A plain column of wrapped lines, not a list view: the page's scroll pane is the only one on the screen.
        VBox rejected = new VBox(6);
        rejected.setId("insights-rejections");
        rejected.setAccessibleRole(javafx.scene.AccessibleRole.LIST_VIEW);
        rejected.setAccessibleText(messages.get("insights.summary.rejected"));
        Runnable fill = () -> rejected.getChildren().setAll(imports.rejections().stream().map(line -> {
            Label item = new Label(line);
            item.setWrapText(true);
            item.getStyleClass().add("rejection");
            item.setAccessibleRole(javafx.scene.AccessibleRole.LIST_ITEM);
            return item;
        }).toList());
        imports.rejections().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        VBox rejectedBox = new VBox(8, rejectedLabel, rejected);
        rejectedBox.visibleProperty().bind(Bindings.isNotEmpty(imports.rejections()));
        rejectedBox.managedProperty().bind(rejectedBox.visibleProperty());

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

        VBox section = new VBox(10, heading, counts, rejectedBox, Ui.hint(messages.get("insights.summary.copyHint")),
                copyRow);
        section.setId("insights-summary");
        section.getStyleClass().add("summary-panel");
        section.visibleProperty().bind(imports.lastImportProperty().isNotNull());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }
}
