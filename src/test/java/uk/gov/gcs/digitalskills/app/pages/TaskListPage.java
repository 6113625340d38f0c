package uk.gov.gcs.digitalskills.app.pages;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

public final class TaskListPage extends Page {
    public TaskListPage(FxRobot robot) {
        super(robot, "tasklist-screen");
    }

    public java.util.List<String> areas() {
        return robot.lookup(".task-list").queryAs(VBox.class).getChildren().stream()
                .map(row -> ((Hyperlink) ((VBox) ((javafx.scene.layout.BorderPane) row).getCenter())
                        .getChildren().get(0)).getId().substring("task-".length()))
                .toList();
    }

    public String status(String areaId) {
        return text("status-" + areaId);
    }

    public QuestionPage open(String areaId) {
        click("task-" + areaId);
        return new QuestionPage(robot);
    }

    public boolean canCheck() {
        return !node("tasklist-check", Button.class).isDisabled();
    }

    public CheckAnswersPage checkAnswers() {
        click("tasklist-check");
        return new CheckAnswersPage(robot);
    }

    public String progress() {
        return text("tasklist-progress");
    }
}
