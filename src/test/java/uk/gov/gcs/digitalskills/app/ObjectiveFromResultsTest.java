package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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
import uk.gov.gcs.digitalskills.app.pages.ObjectiveBuilderPage;
import uk.gov.gcs.digitalskills.app.pages.ResultsPage;
import uk.gov.gcs.digitalskills.app.pages.StartPage;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.PerformanceYear;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;

/** From a past assessment's results to a saved objective, which the results then show and the store keeps. */
@ExtendWith(ApplicationExtension.class)
class ObjectiveFromResultsTest {
    /** The app's "today", fixed so the deadline below cannot change between two lines run across midnight. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-11T09:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    static Path dir;
    private static UUID id;
    private DigitalSkillsApp app;

    @Start
    void start(Stage stage) {
        Questionnaire q = TestContent.bundled();
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir), Clock.systemUTC())) {
            id = TestContent.seedCompleted(store, q, new Respondent("Sam Jones", "press-office", "seo", "cabinet-office"),
                    TestContent.answers(q, "press-office", Map.of("planning", 3, "objective-setting", 2,
                            "measurement-insight", 1, "engaging-online", 3, "press-office", 3)),
                    OffsetDateTime.of(2026, 4, 20, 14, 5, 0, 0, ZoneOffset.UTC));
        }
        app = new DigitalSkillsApp(new DataFolder(dir), new ImmediateBackground(), CLOCK);
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void setAnObjectiveFromResults(FxRobot robot) throws Exception {
        ResultsPage results = new StartPage(robot).loaded().pastAssessments().loaded(1).open(0);
        assertThat(results.objectiveButton()).isEqualTo("Set your digital objective");
        results.setObjective();
        ObjectiveBuilderPage builder = new ObjectiveBuilderPage(robot);
        assertThat(builder.label("objective-reason"))
                .isEqualTo("Your lowest area is Measurement and insight, at Awareness level");

        builder.useSuggestion(0).useExample();
        String deadline = PerformanceYear.defaultDeadline(TODAY).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        builder.set("deadline", deadline);
        assertThat(builder.asksToConfirmTarget()).as("the example's target is within reach of its baseline").isFalse();
        builder.save();

        results = new ResultsPage(robot);
        String shown = results.objective();
        assertThat(shown).startsWith("By ").doesNotContain("{");
        assertThat(results.objectiveButton()).isEqualTo("Change your digital objective");
        AssessmentRecord saved = app.journey().loaded().orElseThrow().store().load(id);
        assertThat(saved.objective()).hasValueSatisfying(o -> {
            assertThat(o.text()).isEqualTo(shown);
            assertThat(o.templateId()).startsWith("measurement-insight.");
            assertThat(o.deadline()).contains(PerformanceYear.defaultDeadline(TODAY));
        });
    }
}
