package uk.gov.gcs.digitalskills.app.pages;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

public final class ResultsPage extends Page {
    public ResultsPage(FxRobot robot) {
        super(robot, "results-screen");
    }

    public String overall() {
        return text("results-overall");
    }

    public String overallLevel() {
        return text("results-overall-level");
    }

    /** The words beside an area's bar, such as "62.5% Working". */
    public String area(String areaId) {
        return text("bar-text-" + areaId);
    }

    public String barAccessibleText(String areaId) {
        return node("bar-" + areaId, Node.class).getAccessibleText();
    }

    public boolean hasBar(String areaId) {
        return exists("bar-" + areaId);
    }

    public java.util.List<String> strengths() {
        return lines("results-strengths");
    }

    public java.util.List<String> weakest() {
        return lines("results-weakest");
    }

    private java.util.List<String> lines(String id) {
        return node(id, VBox.class).getChildren().stream().skip(1)
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    /** How an area's self-ratings compare with its knowledge questions, in the parts table. */
    public String comparison(String areaId) {
        return text("results-compare-" + areaId);
    }

    /** The calibration in whole sentences, under the parts table. */
    public java.util.List<String> calibrationSentences() {
        return node("results-calibration", VBox.class).getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    /** The question ids in "Check your knowledge answers", in order; empty when the section is absent. */
    public java.util.List<String> reviewedQuestions() {
        return robot.lookup("#results-review .inset").queryAll().stream().map(Node::getId)
                .filter(id -> id != null && id.startsWith("review-")).map(id -> id.substring("review-".length()))
                .toList();
    }

    /** Opens or closes an area of the knowledge review with its link, as a keyboard user would. */
    public ResultsPage toggleReview(String areaId) {
        press("review-toggle-" + areaId);
        return this;
    }

    public String reviewToggleText(String areaId) {
        return text("review-toggle-" + areaId);
    }

    /** Whether an area's reviewed questions are shown (they start closed). */
    public boolean reviewOpen(String areaId) {
        return visible("review-area-" + areaId);
    }

    public int adviceCount() {
        return node("results-advice", VBox.class).getChildren().size();
    }

    public int learningCount() {
        return node("results-learning", VBox.class).getChildren().size();
    }

    public VBox actions() {
        return node("results-actions", VBox.class);
    }

    public StartPage backToStart() {
        click("results-done");
        return new StartPage(robot);
    }

    public HistoryPage backToHistory() {
        click("results-done");
        return new HistoryPage(robot);
    }

    public String objectiveButton() {
        return text("results-set-objective");
    }

    /** The saved objective's sentence, shown once one is set. */
    public String objective() {
        return text("results-objective");
    }

    public void setObjective() {
        click("results-set-objective");
    }
}
