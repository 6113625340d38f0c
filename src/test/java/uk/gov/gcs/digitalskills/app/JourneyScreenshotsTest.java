package uk.gov.gcs.digitalskills.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.pages.AboutYouPage;
import uk.gov.gcs.digitalskills.app.pages.CheckAnswersPage;
import uk.gov.gcs.digitalskills.app.pages.HistoryPage;
import uk.gov.gcs.digitalskills.app.pages.QuestionPage;
import uk.gov.gcs.digitalskills.app.pages.ResultsPage;
import uk.gov.gcs.digitalskills.app.pages.StartPage;
import uk.gov.gcs.digitalskills.app.pages.TaskListPage;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;

/**
 * A PNG of each screen of the journey, for docs/screenshots:
 * {@code env -u DISPLAY ./mvnw -B -o test -Dtest='*ScreenshotsTest' -Dscreenshots.dir=docs/screenshots}.
 * Without {@code -Dscreenshots.dir} it still walks the screens, as a smoke test.
 */
@ExtendWith(ApplicationExtension.class)
class JourneyScreenshotsTest {
    @TempDir
    static Path dir;
    private Stage stage;
    private DigitalSkillsApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Questionnaire q = TestContent.bundled();
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir), Clock.systemUTC())) {
            Respondent who = new Respondent("Sam Jones", "press-office", "seo", "cabinet-office");
            TestContent.seedCompleted(store, q, who, TestContent.answers(q, "press-office",
                    Map.of("planning", 2, "objective-setting", 1, "measurement-insight", 1, "engaging-online", 3)),
                    OffsetDateTime.of(2025, 4, 14, 10, 30, 0, 0, ZoneOffset.UTC));
            TestContent.seedCompleted(store, q, who, TestContent.answers(q, "press-office",
                    Map.of("planning", 3, "objective-setting", 2, "measurement-insight", 1, "engaging-online", 4,
                            "press-office", 3)),
                    OffsetDateTime.of(2026, 4, 20, 14, 5, 0, 0, ZoneOffset.UTC));
        }
        app = new DigitalSkillsApp(new DataFolder(dir), new ImmediateBackground());
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void everyScreen(FxRobot robot) {
        StartPage start = new StartPage(robot).loaded();
        Screenshots.window(stage, "01-start");
        AboutYouPage about = start.startNew().continueWithErrors();
        Screenshots.window(stage, "02-about-you-errors");
        TaskListPage tasks = about.name("Sam Jones").role("Press office and media").grade("Senior Executive Officer (SEO)")
                .organisation("Cabinet Office").continueToTaskList();
        QuestionPage question = tasks.open("planning");
        Screenshots.window(stage, "04-question-scale");
        question.key(KeyCode.DIGIT4);
        Screenshots.window(stage, "04b-question-scale-chosen");
        for (int i = 0; i < 50; i++) {
            if (!robot.lookup("#question-screen").tryQuery().isPresent()) {
                break;
            }
            QuestionPage q = new QuestionPage(robot);
            if (q.multiple() && !q.selected(1)) {
                q.key(KeyCode.DIGIT1).key(KeyCode.DIGIT2);
                Screenshots.window(stage, "05-question-multi");
            } else if (!q.selected(1) && !q.selected(2) && !q.selected(3) && !q.selected(4)) {
                q.key(KeyCode.DIGIT3);
            }
            q.enter();
        }
        tasks = new TaskListPage(robot);
        Screenshots.window(stage, "03-task-list");
        for (String area : tasks.areas()) {
            if (!tasks.status(area).equals("Completed")) {
                tasks.open(area);
                while (robot.lookup("#question-screen").tryQuery().isPresent()) {
                    QuestionPage q = new QuestionPage(robot);
                    q.key(KeyCode.DIGIT2).enter();
                }
                tasks = new TaskListPage(robot);
            }
        }
        CheckAnswersPage check = tasks.checkAnswers();
        Screenshots.window(stage, "06-check-answers");
        check.evidence("planning", "I planned the launch of the new guidance.");
        ResultsPage results = check.submit();
        Screenshots.window(stage, "07-results");
        Screenshots.fullPage(stage, "07b-results-full");
        HistoryPage history = results.backToStart().pastAssessments().loaded(3);
        Screenshots.window(stage, "08-history");
        history.tick(1).tick(2).compare();
        Screenshots.window(stage, "09-compare");
    }
}
