package uk.gov.gcs.digitalskills.app.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.CLOCK;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.QUESTIONNAIRE;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.TOOLKIT;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.scores;

import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.gcs.digitalskills.app.Screenshots;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.pages.ObjectiveBuilderPage;

/**
 * {@code docs/screenshots/objective-builder.png}: a press officer half way through an objective, with the
 * SMART check showing what is left to do. Run with {@code -Dscreenshots.dir=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ObjectiveScreenshotsTest {
    private ObjectiveBuilderViewModel vm;
    private Screen screen;

    @Start
    void start(Stage stage) {
        vm = new ObjectiveBuilderViewModel(QUESTIONNAIRE, TOOLKIT, scores("press-office", "71.4", "66.7", "52.3"),
                "press-office", Optional.empty(), CLOCK, Messages.english(), o -> { });
        Navigator navigator = new Navigator(Messages.english(), 1280, 800);
        screen = ObjectiveBuilderView.build(vm, Messages.english(), () -> { }, navigator::reveal);
        navigator.show(screen);
        stage.setScene(navigator.scene());
        // TestFX reuses one stage across test classes: size it to this scene, not the last one.
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void builderHalfWayThrough(FxRobot robot) {
        new ObjectiveBuilderPage(robot).useSuggestion(0);
        robot.interact(() -> {
            set("action", "add a short survey link to every press notice and track the journeys it starts");
            set("channel", "the department's news channels");
            set("audience", "journalists and trade press covering small business");
            set("metric", "monthly visits to the guidance from our news coverage");
            set("baseline", "400");
            set("target", "1500");
            set("evidence", "web analytics for tagged links in press notices");
        });
        robot.interact(() -> robot.lookup("#objective-field-objective").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.smartProperty().get()).isFalse();
        robot.interact(() -> Screenshots.save(screen.root(), "objective-builder"));
    }

    private void set(String field, String text) {
        vm.field(field).orElseThrow().valueProperty().set(text);
    }
}
