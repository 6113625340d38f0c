package uk.gov.gcs.digitalskills.app.history;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** The list of past assessments, each with "View results" and a "Compare" tick box. */
public final class HistoryView {
    private HistoryView() {
    }

    public static Screen build(HistoryViewModel vm, Messages messages) {
        Hyperlink back = Ui.backLink(messages.get("common.back"), vm::back);
        back.setId("history-back");
        Label loading = Ui.hint(messages.get("history.loading"));
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        Label empty = Ui.body(messages.get("history.empty"));
        empty.setId("history-empty");
        empty.visibleProperty().bind(vm.loadingProperty().not().and(Bindings.isEmpty(vm.entries())));
        empty.managedProperty().bind(empty.visibleProperty());
        Label problem = Ui.body(vm.problemProperty());
        problem.setId("history-problem");
        problem.getStyleClass().add(Ui.ERROR_MESSAGE);
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox list = new VBox();
        list.setId("history-list");
        list.getStyleClass().add("task-list");
        vm.entries().addListener((ListChangeListener<HistoryViewModel.Entry>) change -> {
            list.getChildren().clear();
            int n = 0;
            for (HistoryViewModel.Entry entry : vm.entries()) {
                list.getChildren().add(row(vm, messages, entry, n++));
            }
        });

        Button compare = Ui.secondary(messages.get("history.compare"), vm::compare);
        compare.setId("history-compare");
        Label compareHint = Ui.hint(messages.get("history.compare.hint"));
        VBox compareBox = new VBox(10, compareHint, compare);
        compareBox.visibleProperty().bind(Bindings.size(vm.entries()).greaterThan(1));
        compareBox.managedProperty().bind(compareBox.visibleProperty());

        VBox page = Ui.page(back, Ui.heading(messages.get("history.heading"), "l"), loading, problem, empty, list,
                compareBox);
        return Screen.of("history-screen", page, back, vm::back);
    }

    private static BorderPane row(HistoryViewModel vm, Messages messages, HistoryViewModel.Entry entry, int n) {
        Label date = new Label(entry.date());
        date.getStyleClass().add("bold");
        Label detail = Ui.hint(messages.get("history.detail", entry.overall(), entry.version()));
        detail.setId("history-overall-" + n);
        Label outcome = Ui.hint(entry.outcome());
        outcome.setId("history-outcome-" + n);
        Hyperlink response = Ui.link(entry.responseText(), () -> vm.addResponse(entry));
        response.setId("history-response-" + n);
        response.setAccessibleText(messages.get("common.sentences", entry.responseText(), entry.date()));
        VBox text = new VBox(4, date, detail, outcome, response);
        Hyperlink open = Ui.link(messages.get("history.open"), () -> vm.open(entry));
        open.setId("history-open-" + n);
        open.setAccessibleText(messages.get("history.open.accessible", entry.date()));
        open.setDisable(!entry.canOpen());
        CheckBox tick = new CheckBox(messages.get("history.tick"));
        tick.setId("history-tick-" + n);
        tick.setAccessibleText(messages.get("history.tick.accessible", entry.date()));
        tick.setSelected(vm.chosen().contains(entry.id()));
        tick.selectedProperty().addListener((o, was, now) -> vm.toggleCompare(entry.id(), now));
        vm.chosen().addListener((ListChangeListener<java.util.UUID>) c -> tick.setSelected(vm.chosen().contains(entry.id())));
        HBox actions = new HBox(20, open, tick);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        BorderPane row = new BorderPane();
        row.setCenter(text);
        row.setRight(actions);
        BorderPane.setAlignment(text, javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("task-row");
        return row;
    }
}
