package uk.gov.gcs.digitalskills.app.pages;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.testfx.api.FxRobot;

public final class CheckAnswersPage extends Page {
    public CheckAnswersPage(FxRobot robot) {
        super(robot, "check-screen");
    }

    /** The answer shown for a question id, as words. */
    public String answer(String questionId) {
        javafx.scene.Node link = node("change-" + questionId.replace('.', '-'), javafx.scene.Node.class);
        GridPane grid = (GridPane) link.getParent().getParent();
        Integer row = GridPane.getRowIndex(link.getParent());
        return grid.getChildren().stream()
                .filter(n -> row.equals(GridPane.getRowIndex(n)) && Integer.valueOf(1).equals(GridPane.getColumnIndex(n)))
                .map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }

    public QuestionPage change(String questionId) {
        click("change-" + questionId.replace('.', '-'));
        return new QuestionPage(robot);
    }

    public CheckAnswersPage evidence(String areaId, String text) {
        type("evidence-" + areaId, text);
        return this;
    }

    public ResultsPage submit() {
        click("check-submit");
        return new ResultsPage(robot);
    }
}
