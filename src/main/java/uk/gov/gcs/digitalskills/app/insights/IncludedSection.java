package uk.gov.gcs.digitalskills.app.insights;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** "What is included": how many results the view holds, what was left out, and the rules that protect people. */
final class IncludedSection {
    private IncludedSection() {
    }

    static VBox build(InsightsViewModel vm, Messages messages) {
        Label heading = Ui.heading(messages.get("insights.included.heading"), "m");
        heading.setId("insights-included-heading");
        Label count = Ui.body(vm.countTextProperty());
        count.setId("insights-count");
        count.getStyleClass().add("lead");
        Label version = Ui.body(vm.versionTextProperty());
        version.setId("insights-version-text");
        InsightsView.showWhenText(version);
        Label anonymised = Ui.body(vm.anonymisedText());
        anonymised.setId("insights-anonymised");
        anonymised.getStyleClass().add(Ui.INSET);
        Label suppression = Ui.body(vm.suppressionTextProperty());
        suppression.setId("insights-suppression");
        suppression.getStyleClass().add(Ui.INSET);
        VBox section = new VBox(12, heading, count, version, anonymised, suppression);
        section.setId("insights-included");
        section.getStyleClass().add(Ui.SECTION_BREAK);
        return section;
    }
}
