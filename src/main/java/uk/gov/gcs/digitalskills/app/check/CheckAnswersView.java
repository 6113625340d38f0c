package uk.gov.gcs.digitalskills.app.check;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** The GOV.UK summary list per area, Change links, evidence boxes, and "Submit and see your results". */
public final class CheckAnswersView {
    private CheckAnswersView() {
    }

    public static Screen build(CheckAnswersViewModel vm, Messages messages) {
        Hyperlink back = Ui.backLink(messages.get("common.back"), vm::back);
        back.setId("check-back");
        VBox page = Ui.page(back, Ui.heading(messages.get("check.heading"), "l"));

        GridPane details = summaryList();
        int r = 0;
        for (String[] row : vm.details()) {
            Hyperlink change = Ui.link(messages.get("check.change"), vm::changeDetails);
            change.setAccessibleText(messages.get("check.change.accessible", row[0]));
            change.setId("check-change-details-" + r);
            addRow(details, r++, row[0], row[1], change);
        }
        page.getChildren().addAll(Ui.heading(messages.get("check.details"), "m"), details);

        Hyperlink firstChange = null;
        for (CheckAnswersViewModel.Section section : vm.sections()) {
            GridPane list = summaryList();
            list.setId("check-section-" + section.areaId());
            int i = 0;
            for (CheckAnswersViewModel.Row row : section.rows()) {
                Hyperlink change = Ui.link(messages.get(row.answered() ? "check.change" : "check.answer"),
                        () -> vm.change(row.areaId(), row.index()));
                change.setId("change-" + row.questionId().replace('.', '-'));
                change.setAccessibleText(messages.get("check.change.accessible", row.question()));
                addRow(list, i++, row.question(), row.answer(), change);
                if (firstChange == null) {
                    firstChange = change;
                }
            }
            TextArea evidence = new TextArea();
            evidence.setId("evidence-" + section.areaId());
            evidence.setWrapText(true);
            evidence.setPrefRowCount(3);
            evidence.textProperty().bindBidirectional(vm.evidenceProperty(section.areaId()));
            evidence.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    vm.saveEvidence(section.areaId());
                }
            });
            Label label = new Label(messages.get("check.evidence", section.title()));
            label.getStyleClass().add("field-label");
            label.setLabelFor(evidence);
            label.setWrapText(true);
            Label hint = Ui.hint(messages.get("check.evidence.hint"));
            evidence.setAccessibleHelp(hint.getText());
            VBox evidenceGroup = new VBox(6, label, hint, evidence);
            evidenceGroup.getStyleClass().add("field-group");
            page.getChildren().addAll(Ui.heading(section.title(), "m"), list, evidenceGroup);
        }

        Label ready = Ui.body(messages.get(vm.canSubmit() ? "check.submit.ready" : "check.submit.notYet"));
        Button submit = Ui.primary(messages.get("check.submit"), vm::submit);
        submit.setId("check-submit");
        submit.disableProperty().bind(vm.submittingProperty()
                .or(new javafx.beans.property.SimpleBooleanProperty(!vm.canSubmit())));
        Label submitProblem = Ui.body(vm.submitProblemProperty());
        submitProblem.setId("check-submit-problem");
        submitProblem.getStyleClass().add(Ui.ERROR_MESSAGE);
        submitProblem.visibleProperty().bind(vm.submitProblemProperty().isNotEmpty());
        submitProblem.managedProperty().bind(submitProblem.visibleProperty());
        page.getChildren().addAll(Ui.heading(messages.get("check.submit.heading"), "m"), ready, submitProblem, submit);
        page.getStyleClass().add("wide");
        return Screen.of("check-screen", page, firstChange != null ? firstChange : submit, vm::back);
    }

    private static GridPane summaryList() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("summary-list");
        ColumnConstraints key = new ColumnConstraints();
        key.setPercentWidth(45);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(40);
        value.setHgrow(Priority.ALWAYS);
        ColumnConstraints action = new ColumnConstraints();
        action.setPercentWidth(15);
        action.setHalignment(javafx.geometry.HPos.RIGHT);
        grid.getColumnConstraints().addAll(key, value, action);
        return grid;
    }

    private static void addRow(GridPane grid, int row, String key, String value, Hyperlink action) {
        Label k = new Label(key);
        k.setWrapText(true);
        k.getStyleClass().addAll("summary-key", "summary-cell");
        k.setMaxWidth(Double.MAX_VALUE);
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().addAll("summary-value", "summary-cell");
        v.setMaxWidth(Double.MAX_VALUE);
        VBox a = new VBox(action);
        a.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
        a.getStyleClass().add("summary-cell");
        k.setMaxHeight(Double.MAX_VALUE);
        v.setMaxHeight(Double.MAX_VALUE);
        a.setMaxHeight(Double.MAX_VALUE);
        k.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        v.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        grid.addRow(row, k, v, a);
    }
}
