package uk.gov.gcs.digitalskills.app.response;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * "Add your manager's response": what to do, "Choose the PDF", then what was read as a summary list with
 * "Save this response", or the one sentence that says why it could not be read.
 */
public final class ResponseView {
    private ResponseView() {
    }

    public static Screen build(ResponseViewModel vm, Messages messages, ResponseChooser chooser) {
        Hyperlink back = Ui.backLink(messages.get("common.back"), vm::back);
        back.setId("response-back");
        VBox steps = new VBox(8, Ui.body(messages.get("response.intro")), Ui.body(messages.get("response.intro2")));
        steps.getStyleClass().add("paragraphs");

        VBox page = Ui.page(back, Ui.heading(vm.heading(), "l"), steps);
        Button choose = Ui.secondary(messages.get("response.choose"), () -> vm.read(
                chooser.choosePdf(page.getScene() == null ? null : page.getScene().getWindow())));
        choose.setId("response-choose");
        choose.disableProperty().bind(vm.workingProperty());
        // Before anything is read, choosing the file is the thing to do.
        choose.getStyleClass().setAll("button", Ui.PRIMARY);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.setAccessibleText(messages.get("response.reading"));
        HBox reading = new HBox(10, spinner, Ui.hint(messages.get("response.reading")));
        reading.setId("response-reading");
        showWhen(reading, vm.workingProperty());

        Label problem = Ui.body(vm.problemProperty());
        problem.setId("response-problem");
        problem.getStyleClass().add(Ui.ERROR_MESSAGE);
        problem.setFocusTraversable(true);
        showWhen(problem, vm.problemProperty().isNotEmpty());
        Button copy = Ui.copyDetails(messages, "response-problem", vm.problemDetailsProperty()::get);
        showWhen(copy, vm.problemDetailsProperty().isNotEmpty());

        VBox found = new VBox(16);
        found.setId("response-found");
        found.managedProperty().bind(found.visibleProperty());
        found.setVisible(false);
        Button save = Ui.primary(messages.get("response.save"), vm::save);
        save.setId("response-save");
        save.disableProperty().bind(vm.workingProperty());
        vm.foundProperty().addListener((o, was, now) -> {
            found.getChildren().clear();
            // Shown here, before the focus moves to Save: a node that is not yet visible cannot take the focus.
            found.setVisible(now != null);
            if (now != null) {
                found.getChildren().addAll(Ui.heading(messages.get("response.found.heading"), "m"),
                        Ui.body(now.forAssessment()), summary(now, messages), save);
                choose.getStyleClass().setAll("button", Ui.SECONDARY);
                choose.setText(messages.get("response.chooseAnother"));
            } else {
                choose.getStyleClass().setAll("button", Ui.PRIMARY);
            }
        });

        // Once reading or saving ends, the focus goes to what comes next: the sentence saying what went wrong, or
        // Save when something was read. (Save is disabled while
        // reading, and a disabled button cannot take the focus, so this waits for the end.)
        vm.workingProperty().addListener((o, was, now) -> {
            if (!now && !vm.problemProperty().get().isEmpty()) {
                problem.requestFocus();
            } else if (!now && vm.foundProperty().get() != null) {
                save.requestFocus();
            }
        });
        page.getChildren().addAll(choose, reading, problem, copy, found);
        return Screen.of("response-screen", page, choose, vm::back);
    }

    private static GridPane summary(ResponseViewModel.Found found, Messages messages) {
        GridPane table = new GridPane();
        table.setId("response-summary");
        table.getStyleClass().add("summary-list");
        for (int width : new int[] {32, 68}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(width);
            table.getColumnConstraints().add(c);
        }
        row(table, 0, messages.get("response.name"), found.name(), "response-name");
        row(table, 1, messages.get("response.date"), found.date(), "response-date");
        row(table, 2, messages.get("response.agreed"), found.agreed(), "response-agreed");
        row(table, 3, messages.get("response.comments"), found.comments(), "response-comments");
        return table;
    }

    private static void row(GridPane table, int r, String key, String value, String id) {
        Label k = Ui.cell(key);
        k.getStyleClass().add("bold");
        Label v = Ui.cell(value);
        v.setId(id);
        k.setAccessibleText(key + ": " + value);
        table.addRow(r, k, v);
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }
}
