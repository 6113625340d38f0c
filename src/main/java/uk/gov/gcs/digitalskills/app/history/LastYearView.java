package uk.gov.gcs.digitalskills.app.history;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** The "Since last year" panel on Results: last year's objective and its outcome, then each area's change. */
public final class LastYearView {
    public static final String ID = "results-last-year";

    private LastYearView() {
    }

    public static Node build(LastYearViewModel vm, Messages messages) {
        VBox box = new VBox();
        box.setId(ID);
        box.getStyleClass().addAll(Ui.NOTICE, "last-year");
        box.visibleProperty().bind(vm.panelProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        vm.panelProperty().addListener((o, was, panel) -> {
            box.getChildren().clear();
            if (panel == null) {
                return;
            }
            box.getChildren().addAll(Ui.heading(messages.get("results.lastYear.heading"), "m"), Ui.body(panel.intro()));
            Label objective = Ui.body(panel.objective());
            objective.setId("results-last-year-objective");
            box.getChildren().add(objective);
            if (!panel.outcome().isEmpty()) {
                Label outcome = Ui.body(panel.outcome());
                outcome.setId("results-last-year-outcome");
                outcome.getStyleClass().add("bold");
                box.getChildren().add(outcome);
            }
            VBox changes = new VBox(4);
            changes.setId("results-last-year-changes");
            for (String line : panel.changes()) {
                Label label = Ui.body(line);
                label.getStyleClass().add("bullet");
                changes.getChildren().add(label);
            }
            if (!panel.changes().isEmpty()) {
                box.getChildren().addAll(Ui.heading(messages.get("results.lastYear.changes"), "s"), changes);
            }
        });
        return box;
    }
}
