package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.pages.HistoryPage;
import uk.gov.gcs.digitalskills.app.pages.ObjectiveCardPage;
import uk.gov.gcs.digitalskills.app.pages.ReviewPage;
import uk.gov.gcs.digitalskills.app.pages.StartPage;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.testing.ReturnedPdfs;

/**
 * PNGs of the performance-year screens at the window's 1000×760 (issue 13):
 * {@code env -u DISPLAY ./mvnw -B -o test -Dtest='*ScreenshotsTest' -Dscreenshots.dir=/tmp/yearshots}.
 * Without {@code -Dscreenshots.dir} it still walks the screens, as a smoke test: last year's assessment with its
 * outcome, this year's with a mid-year review, the review form, the manager's response and "Since last year".
 */
@ExtendWith(ApplicationExtension.class)
class YearScreenshotsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-02T09:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    private Stage stage;
    private DigitalSkillsApp app;
    private Path returned;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Questionnaire q = TestContent.bundled();
        Respondent who = new Respondent("Sam Jones", "press-office", "seo", "cabinet-office");
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir), CLOCK)) {
            UUID last = TestContent.seedCompleted(store, q, who, TestContent.answers(q, "press-office",
                    Map.of("planning", 2, "objective-setting", 1, "measurement-insight", 1, "engaging-online", 3)),
                    OffsetDateTime.of(2025, 5, 14, 10, 30, 0, 0, ZoneOffset.UTC));
            store.saveObjective(last, objective("Increase newsletter sign-ups from 6,000 to 10,000 by 31 March 2026.",
                    "6,000", "10,000", LocalDate.of(2026, 3, 31)));
            store.saveReview(last, new Review(ReviewStage.YEAR_END, LocalDate.of(2026, 3, 24),
                    Optional.of(new BigDecimal("9400")), ReviewStatus.PARTLY_MET, "Close to the target."));
            UUID now = TestContent.seedCompleted(store, q, who, TestContent.answers(q, "press-office",
                    Map.of("planning", 3, "objective-setting", 2, "measurement-insight", 2, "engaging-online", 4,
                            "press-office", 3)),
                    OffsetDateTime.of(2026, 5, 10, 14, 5, 0, 0, ZoneOffset.UTC));
            store.saveObjective(now, objective("Increase newsletter sign-ups from 10,000 to 15,000 by 31 March 2027.",
                    "10,000", "15,000", LocalDate.of(2027, 3, 31)));
            store.saveReview(now, new Review(ReviewStage.MID_YEAR, LocalDate.of(2026, 9, 30),
                    Optional.of(new BigDecimal("12500")), ReviewStatus.ON_TRACK, "The autumn campaign helped."));
            Path pdf = ReturnedPdfs.appraisal(ScoredResult.of(store.load(now), q), dir.resolve("appraisal.pdf"));
            returned = ReturnedPdfs.filled(pdf, dir.resolve("returned.pdf"), "Alex Smith", "20/05/2026", true,
                    "A clear, measurable objective.\nLet us check the figures at mid-year.");
            store.saveManagerResponse(last, new ManagerResponse("Alex Smith", Optional.of(LocalDate.of(2025, 5, 20)),
                    Optional.of(true), ""));
        }
        app = new DigitalSkillsApp(new DataFolder(dir), new ImmediateBackground(), CLOCK);
        app.start(stage);
        app.journey().useResponseChooser(owner -> Optional.of(returned));
    }

    private static DigitalObjective objective(String text, String baseline, String target, LocalDate deadline) {
        return new DigitalObjective("grow-subscribers", Map.of("baseline", baseline, "target", target), text,
                Optional.of(deadline));
    }

    @Stop
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void everyPerformanceYearScreen(FxRobot robot) {
        new StartPage(robot).loaded();
        ObjectiveCardPage card = new ObjectiveCardPage(robot);
        assertThat(card.progress()).isEqualTo("12,500 of 15,000 (from a baseline of 10,000)");
        robot.interact(() -> robot.lookup("#start-objective-mid-year").query().requestFocus());
        Screenshots.window(stage, "y01-start-objective");
        Screenshots.fullPage(stage, "y01b-start-full");

        ReviewPage review = card.yearEnd();
        Screenshots.window(stage, "y02-review-year-end");
        review.tab().typeOver("14,200").enter();
        Screenshots.window(stage, "y03-review-errors");
        review.altLeft();

        card = new ObjectiveCardPage(robot);
        var response = card.addResponse();
        Screenshots.window(stage, "y04-response-choose");
        response.choose();
        Screenshots.window(stage, "y05-response-found");
        response.saveToStart();

        HistoryPage history = new StartPage(robot).loaded().pastAssessments().loaded(2);
        Screenshots.window(stage, "y06-history-outcomes");
        history.open(0);
        assertThat(robot.lookup("#results-last-year-outcome").queryLabeled().getText())
                .isEqualTo("Objective partly met");
        robot.interact(() -> robot.lookup("#results-last-year").query().getParent().layout());
        Screenshots.window(stage, "y07-results-since-last-year");
        Screenshots.fullPage(stage, "y07b-results-full");
    }
}
