package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import uk.gov.gcs.digitalskills.app.pages.ObjectiveCardPage;
import uk.gov.gcs.digitalskills.app.pages.ResponsePage;
import uk.gov.gcs.digitalskills.app.pages.ReviewPage;
import uk.gov.gcs.digitalskills.app.pages.StartPage;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.testing.ReturnedPdfs;

/**
 * The performance year by keyboard alone (issue 13): the objective card on Start, a mid-year and a year-end
 * review (with an error, Alt+Left and a change), and a manager's response from a PDF filled in with iText.
 */
@ExtendWith(ApplicationExtension.class)
class YearJourneyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-02T09:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    private static Path filledPdf;
    private DigitalSkillsApp app;

    @Start
    void start(Stage stage) {
        Questionnaire q = TestContent.bundled();
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir.resolve("data")), CLOCK)) {
            if (store.history().isEmpty()) {
                UUID id = TestContent.seedCompleted(store, q, new Respondent("Sam Jones", "press-office", "seo",
                        "cabinet-office"), TestContent.answers(q, "press-office", Map.of("planning", 2,
                        "objective-setting", 1, "measurement-insight", 2, "engaging-online", 3, "press-office", 3)),
                        OffsetDateTime.of(2026, 5, 10, 10, 30, 0, 0, ZoneOffset.UTC));
                store.saveObjective(id, new DigitalObjective("grow-subscribers",
                        Map.of("baseline", "10,000", "target", "15,000"),
                        "Increase newsletter sign-ups from 10,000 to 15,000 by 31 March 2027.",
                        Optional.of(LocalDate.of(2027, 3, 31))));
                // The PDF the app would export, filled in by the manager in their PDF reader.
                Path appraisal = ReturnedPdfs.appraisal(ScoredResult.of(store.load(id), q), dir.resolve("appraisal.pdf"));
                filledPdf = ReturnedPdfs.filled(appraisal, dir.resolve("returned.pdf"), "Zoë O’Brien", "20 May 2026",
                        true, "Agreed.\nLet us look at the figures in September.");
            }
        }
        app = new DigitalSkillsApp(new DataFolder(dir.resolve("data")), new ImmediateBackground(), CLOCK);
        app.start(stage);
        app.journey().useResponseChooser(owner -> Optional.of(filledPdf));
    }

    @Stop
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void midYearAndYearEndReviewsByKeyboardAlone(FxRobot robot) {
        new StartPage(robot).loaded();
        ObjectiveCardPage card = new ObjectiveCardPage(robot);
        assertThat(card.figures()).isEqualTo("Baseline: 10,000. Target: 15,000.");
        assertThat(card.bar()).as("no bar before a figure").isEqualTo(-1);

        ReviewPage review = card.midYear();
        assertThat(review.heading()).isEqualTo("Add your mid-year review");
        assertThat(review.focused()).isEqualTo("date");
        assertThat(review.date()).isEqualTo("02/10/2026");
        review.typeOver("30/09/2026").tab();
        assertThat(review.focused()).isEqualTo("actual");
        review.typeOver("12,500").tab();
        assertThat(review.focused()).isEqualTo("status-on-track");
        review.key(KeyCode.SPACE);
        assertThat(review.selected("on-track")).isTrue();
        review.tab();
        assertThat(review.focused()).isEqualTo("note");
        robot.write("The autumn campaign helped.");
        assertThat(review.noteCount()).isEqualTo("You have 973 characters remaining");
        review.tab();
        assertThat(review.focused()).isEqualTo("save");
        review.enter();

        card = new ObjectiveCardPage(robot);
        assertThat(card.progress()).isEqualTo("12,500 of 15,000 (from a baseline of 10,000)");
        assertThat(card.bar()).isEqualTo(0.5);
        assertThat(card.barAccessibleText()).isEqualTo(card.progress());
        assertThat(card.reviews()).startsWith("Mid-year review, 30 September 2026: On track");
        assertThat(card.midYearAction()).isEqualTo("Change your mid-year review");

        // Alt+Left leaves the year-end form without saving.
        card.yearEnd().altLeft();
        card = new ObjectiveCardPage(robot);
        assertThat(card.yearEndAction()).isEqualTo("Add your year-end review");

        // Enter with no status: the summary is focused and the field says why.
        review = card.yearEnd();
        review.tab().typeOver("14,200").enter();
        assertThat(review.errorSummaryShown()).isTrue();
        assertThat(review.errorSummaryFocused()).isTrue();
        assertThat(review.errorSummary()).containsExactly("Select whether you met your objective");
        assertThat(review.fieldError("status")).isEqualTo("Select whether you met your objective");
        assertThat(review.actual()).as("what was typed is kept").isEqualTo("14,200");
        review.key(KeyCode.TAB);
        assertThat(review.focused()).isEqualTo("error-status");
        review.enter();
        assertThat(review.focused()).as("the summary's link goes to the field").isEqualTo("status-met");
        review.key(KeyCode.DOWN);
        assertThat(review.selected("partly-met")).isTrue();
        review.enter();

        card = new ObjectiveCardPage(robot);
        assertThat(card.progress()).isEqualTo("14,200 of 15,000 (from a baseline of 10,000)");
        assertThat(card.yearEndAction()).isEqualTo("Change your year-end review");

        // Editable later: the saved review opens filled in.
        review = card.midYear();
        assertThat(review.heading()).isEqualTo("Change your mid-year review");
        assertThat(review.actual()).isEqualTo("12,500");
        assertThat(review.selected("on-track")).isTrue();
        assertThat(review.note()).isEqualTo("The autumn campaign helped.");
    }

    @Test
    void addsTheManagersResponseFromTheFilledPdf(FxRobot robot) {
        new StartPage(robot).loaded();
        ObjectiveCardPage card = new ObjectiveCardPage(robot);
        ResponsePage response = card.addResponse().choose();
        assertThat(response.problem()).isEmpty();
        assertThat(response.name()).isEqualTo("Zoë O’Brien");
        assertThat(response.date()).isEqualTo("20 May 2026");
        assertThat(response.agreed()).isEqualTo("Yes");
        assertThat(response.comments()).isEqualTo("Agreed.\nLet us look at the figures in September.");
        assertThat(response.saveFocused()).isTrue();
        response.saveToStart();
        card = new ObjectiveCardPage(robot);
        assertThat(card.manager()).isEqualTo("Zoë O’Brien agreed this objective.");
        assertThat(card.responseAction()).isEqualTo("Change your manager's response");
    }
}
