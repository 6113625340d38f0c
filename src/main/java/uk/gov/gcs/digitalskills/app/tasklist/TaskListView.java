package uk.gov.gcs.digitalskills.app.tasklist;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.app.session.AreaStatus;

/** The GOV.UK task list: one row per area, a link and a status tag; "Check your answers" at the end. */
public final class TaskListView {
    private TaskListView() {
    }

    public static Screen build(TaskListViewModel vm, Messages messages) {
        VBox rows = new VBox();
        rows.getStyleClass().add("task-list");
        Hyperlink first = null;
        Hyperlink firstOpen = null;
        for (TaskListViewModel.Task task : vm.tasks()) {
            Hyperlink link = Ui.link(task.title(), () -> vm.open(task.areaId()));
            link.setId("task-" + task.areaId());
            link.setAccessibleText(task.title() + ", " + task.statusText());
            link.setWrapText(true);
            Label summary = Ui.hint(task.summary() + " " + messages.get("tasklist.questions", task.questions()));
            VBox text = new VBox(4, link, summary);
            Label tag = Ui.tag(task.statusText(), switch (task.status()) {
                case NOT_STARTED -> "grey";
                case IN_PROGRESS -> "blue";
                case COMPLETED -> "green";
            });
            tag.setId("status-" + task.areaId());
            BorderPane row = new BorderPane();
            row.setCenter(text);
            row.setRight(tag);
            BorderPane.setAlignment(text, javafx.geometry.Pos.CENTER_LEFT);
            BorderPane.setAlignment(tag, javafx.geometry.Pos.TOP_RIGHT);
            row.getStyleClass().add("task-row");
            rows.getChildren().add(row);
            if (first == null) {
                first = link;
            }
            if (firstOpen == null && task.status() != AreaStatus.COMPLETED) {
                firstOpen = link;
            }
        }

        Button check = Ui.primary(messages.get("tasklist.check"), vm::check);
        check.setId("tasklist-check");
        check.setDisable(!vm.canCheck());
        Label checkHint = Ui.hint(messages.get(vm.canCheck() ? "tasklist.check.ready" : "tasklist.check.notYet"));
        checkHint.setId("tasklist-check-hint");

        Hyperlink details = Ui.link(messages.get("tasklist.changeDetails"), vm::changeDetails);
        details.setId("tasklist-details");
        Hyperlink back = Ui.backLink(messages.get("common.back"), vm::back);
        back.setId("tasklist-back");

        Label progress = Ui.body(vm.progress());
        progress.setId("tasklist-progress");
        VBox page = Ui.page(back, Ui.heading(messages.get("tasklist.heading"), "l"), progress,
                Ui.body(messages.get("tasklist.intro")), rows, checkHint, check, details);
        return Screen.of("tasklist-screen", page, vm.canCheck() ? check : (firstOpen != null ? firstOpen : first),
                vm::back);
    }
}
