package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.pages.AboutYouPage;
import uk.gov.gcs.digitalskills.app.pages.CheckAnswersPage;
import uk.gov.gcs.digitalskills.app.pages.QuestionPage;
import uk.gov.gcs.digitalskills.app.pages.ResultsPage;
import uk.gov.gcs.digitalskills.app.pages.StartPage;
import uk.gov.gcs.digitalskills.app.pages.TaskListPage;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.io.DataFolder;

/** A new user from Start to Results, with the keyboard shortcuts, an About-you error and a changed answer. */
@ExtendWith(ApplicationExtension.class)
class JourneyTest {
    @TempDir
    static Path dir;
    private Stage stage;
    private DigitalSkillsApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new DigitalSkillsApp(new DataFolder(dir), new ImmediateBackground());
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void fromStartToResults(FxRobot robot) {
        Questionnaire q = TestContent.newest();
        String of = " of " + q.areas().get(0).questions().size() + " · Planning";
        StartPage start = new StartPage(robot).loaded();
        assertThat(stage.getTitle()).isEqualTo("Digital Skills Assessment");
        assertThat(start.canContinue()).isFalse();
        assertThat(start.links().getId()).isEqualTo("start-links");

        // About you: Continue with nothing gives the error summary, focused, and a message by each field.
        AboutYouPage about = start.startNew().continueWithErrors();
        assertThat(about.errorSummaryShown()).isTrue();
        assertThat(about.errorSummaryFocused()).isTrue();
        assertThat(about.errorSummary()).containsExactly("Select your role", "Select your grade",
                "Select your department or organisation");
        assertThat(about.fieldError("role")).isEqualTo("Select your role");
        about.role("Other").grade("Higher Executive Officer (HEO)").organisation("Other");
        assertThat(about.otherOrganisationShown()).isTrue();
        about.continueWithErrors();
        assertThat(about.errorSummary()).containsExactly("Enter the name of your department or organisation");
        assertThat(about.fieldErrorShown("role")).isFalse();
        TaskListPage tasks = about.otherOrganisation("Valuation Office Agency").continueToTaskList();

        assertThat(tasks.areas()).containsExactly("planning", "objective-setting", "measurement-insight",
                "engaging-online");
        assertThat(tasks.status("planning")).isEqualTo("Not started");
        assertThat(tasks.canCheck()).isFalse();

        // Questions with the keyboard: Enter without an answer is an error; digits pick; Alt+Left goes back.
        QuestionPage question = tasks.open("planning");
        assertThat(question.caption()).isEqualTo("Question 1" + of);
        question.enter();
        question = new QuestionPage(robot);
        assertThat(question.error()).isEqualTo("Select an answer");
        assertThat(question.caption()).isEqualTo("Question 1" + of);
        question.key(KeyCode.DIGIT4);
        assertThat(question.selected(4)).isTrue();
        question.enter();
        question = new QuestionPage(robot);
        assertThat(question.caption()).isEqualTo("Question 2" + of);
        var second = q.areas().get(0).questions().get(1);
        assertThat(question.offersNotApplicable()).as("n/a only where the questionnaire allows it")
                .isEqualTo(q.allowsNotApplicable(second));
        String secondShown = question.optionLabel(2);
        question.key(KeyCode.DIGIT2).enter();
        question = new QuestionPage(robot);
        assertThat(question.caption()).isEqualTo("Question 3" + of);
        question.altLeft();
        question = new QuestionPage(robot);
        assertThat(question.caption()).isEqualTo("Question 2" + of);
        assertThat(question.selected(2)).as("the answer given before is still chosen").isTrue();
        question.enter();
        question = new QuestionPage(robot);
        // Planning is a core area: no "Not relevant to my role", and N does nothing.
        assertThat(question.offersNotApplicable()).isFalse();
        question.key(KeyCode.N).enter();
        question = new QuestionPage(robot);
        assertThat(question.error()).as("N chose nothing").isEqualTo("Select an answer");
        tasks = answerRestOfArea(robot);
        assertThat(tasks.status("planning")).isEqualTo("Completed");
        assertThat(tasks.status("objective-setting")).isEqualTo("Not started");

        // Engaging online allows n/a: N picks it.
        question = tasks.open("engaging-online");
        assertThat(question.offersNotApplicable()).isTrue();
        question.key(KeyCode.N);
        assertThat(question.notApplicableSelected()).isTrue();
        question.enter();
        tasks = answerRestOfArea(robot);
        assertThat(tasks.status("engaging-online")).isEqualTo("Completed");

        for (String area : tasks.areas()) {
            if (!tasks.status(area).equals("Completed")) {
                tasks.open(area);
                tasks = answerRestOfArea(robot);
            }
        }
        assertThat(tasks.canCheck()).isTrue();

        // Check your answers: change one answer, and come back here.
        CheckAnswersPage check = tasks.checkAnswers();
        String first = q.areas().get(0).questions().get(0).id();
        assertThat(check.answer(first)).isEqualTo("Often");
        QuestionPage change = check.change(first);
        assertThat(change.selected(4)).isTrue();
        change.key(KeyCode.DIGIT5).enter();
        check = new CheckAnswersPage(robot);
        assertThat(check.answer(first)).isEqualTo("Always");

        ResultsPage results = check.evidence("planning", "I planned the launch of our new guidance.").submit();

        // The figures on screen are the scorer's for what was saved.
        AssessmentRecord saved = savedRecord(robot);
        assertThat(saved.answers()).hasSize(46);
        assertThat(saved.answers().get(first)).isEqualTo(new uk.gov.gcs.digitalskills.core.assessment.Answer.ScaleValue(4));
        assertThat(saved.evidence()).containsEntry("planning", "I planned the launch of our new guidance.");
        ScoreReport report = Scorer.score(q, "other", saved.answers());
        assertThat(results.overall()).isEqualTo(report.overall().orElseThrow().percent().toPlainString() + "%");
        assertThat(results.overallLevel()).isEqualTo(report.overall().orElseThrow().level().label() + " level");
        for (AreaScore area : report.areas()) {
            assertThat(results.area(area.areaId())).isEqualTo(area.percent().orElseThrow().toPlainString() + "% "
                    + area.level().orElseThrow().label());
            assertThat(results.barAccessibleText(area.areaId())).contains(area.title());
        }
        assertThat(results.hasBar("press-office")).isFalse();

        // Digit 2 picked the second option as shown: for a knowledge item, in this assessment's shuffled order.
        if (second instanceof uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion scenario) {
            var shown = uk.gov.gcs.digitalskills.core.assessment.OptionOrder.shown(saved.assessmentId(),
                    scenario.id(), scenario.shuffle(), scenario.options(),
                    uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption::id);
            assertThat(shown.get(1).label()).isEqualTo(secondShown);
            assertThat(saved.answers().get(scenario.id()))
                    .isEqualTo(new uk.gov.gcs.digitalskills.core.assessment.Answer.Choice(shown.get(1).id()));
        }

        // The two parts' comparison in words for every area, and the knowledge review of every knowledge item.
        for (AreaScore area : report.areas()) {
            String words = area.calibration().map(c -> switch (c) {
                case OVER -> "Self-ratings well above knowledge";
                case UNDER -> "Self-ratings well below knowledge";
                case ALIGNED -> "Self-ratings match knowledge";
            }).orElse("Not compared");
            assertThat(results.comparison(area.areaId())).isEqualTo(words);
        }
        assertThat(results.calibrationSentences()).isNotEmpty();
        assertThat(results.reviewedQuestions()).containsExactlyElementsOf(q.areasFor("other").stream()
                .flatMap(a -> a.questions().stream()).filter(uk.gov.gcs.digitalskills.core.questionnaire.Question::knowledge)
                .map(uk.gov.gcs.digitalskills.core.questionnaire.Question::id).toList());

        // Each area of the review opens and closes from the keyboard.
        String firstArea = q.areasFor("other").get(0).id();
        assertThat(results.reviewOpen(firstArea)).isFalse();
        results.toggleReview(firstArea);
        assertThat(results.reviewOpen(firstArea)).isTrue();
        assertThat(results.reviewToggleText(firstArea)).startsWith("Hide your answers in");
        results.toggleReview(firstArea);
        assertThat(results.reviewOpen(firstArea)).isFalse();

        // Strengths are only areas at Working or above (at most two); with none, one line says so.
        java.util.List<String> strong = report.strongestFirst().stream()
                .filter(a -> !a.level().orElseThrow().id().equals("awareness")).limit(2)
                .map(a -> a.title() + ": " + a.percent().orElseThrow().toPlainString() + "% "
                        + a.level().orElseThrow().label()).toList();
        if (strong.isEmpty()) {
            assertThat(results.strengths()).singleElement().asString().startsWith("You do not have an area at Working");
        } else {
            assertThat(results.strengths()).containsExactlyElementsOf(strong);
        }
        assertThat(results.weakest()).hasSize(2);
        assertThat(results.adviceCount()).isEqualTo(4);
        assertThat(results.learningCount()).isEqualTo(2);
        assertThat(results.actions().getId()).isEqualTo("results-actions");

        // Ctrl+Plus makes the text larger; Ctrl+Minus smaller again.
        Label heading = robot.lookup(".panel-figure").queryAs(Label.class);
        double before = heading.getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heading.getFont().getSize()).isGreaterThan(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heading.getFont().getSize()).isEqualTo(before);

        StartPage again = results.backToStart();
        assertThat(again.canContinue()).as("a completed assessment is not offered to continue").isFalse();
        assertThat(again.pastAssessments().loaded(1).overall(0))
                .startsWith("Overall " + report.overall().orElseThrow().percent().toPlainString() + "%");
    }

    /** Answers each remaining question of an area by keyboard: 1 and 2 for select-all, 4 for the rest. */
    private TaskListPage answerRestOfArea(FxRobot robot) {
        while (robot.lookup("#question-screen").tryQuery().isPresent()) {
            QuestionPage q = new QuestionPage(robot);
            if (q.multiple()) {
                q.key(KeyCode.DIGIT1).key(KeyCode.DIGIT2);
            } else {
                q.key(KeyCode.DIGIT4);
            }
            q.enter();
        }
        return new TaskListPage(robot);
    }

    private AssessmentRecord savedRecord(FxRobot robot) {
        AssessmentRecord[] found = new AssessmentRecord[1];
        robot.interact(() -> found[0] = app.journey().loaded().orElseThrow().store().history().get(0));
        return found[0];
    }
}
