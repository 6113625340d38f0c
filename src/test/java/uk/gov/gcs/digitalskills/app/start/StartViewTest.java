package uk.gov.gcs.digitalskills.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;

/**
 * The start screen's loading state: the words at once, in the first frame, and the spinner beside them a frame
 * later, in a slot of its own size so that nothing moves when it comes.
 */
@ExtendWith(ApplicationExtension.class)
class StartViewTest {
    private final Messages messages = Messages.english();
    private final StartViewModel vm = new StartViewModel(messages, new Formats(messages, ZoneOffset.UTC),
            new RecordingRoutes());
    private Stage stage;
    private Navigator navigator;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        navigator = new Navigator(messages, 1000, 760);
        stage.setScene(navigator.scene());
    }

    private Screen screen;

    private Optional<ProgressIndicator> spinner() {
        return Optional.ofNullable((ProgressIndicator) screen.root().lookup("#start-spinner"));
    }

    @Test
    void theSpinnerComesAfterTheFirstFrameWithoutMovingTheWords(FxRobot robot) {
        robot.interact(() -> {
            screen = StartView.build(vm, messages);
            navigator.show(screen);
        });
        // Not shown yet: no frame, so no spinner; the words are there.
        assertThat(spinner()).isEmpty();
        HBox loading = (HBox) screen.root().lookup("#start-loading");
        Label words = (Label) loading.getChildren().get(1);
        assertThat(words.getText()).isEqualTo(messages.get("start.loading"));

        robot.interact(() -> {
            navigator.scene().getRoot().applyCss();
            navigator.scene().getRoot().layout();
        });
        double wordsX = words.getBoundsInParent().getMinX();
        double rowHeight = loading.getHeight();
        robot.interact(stage::show);
        WaitForAsyncUtils.waitForFxEvents(5);

        ProgressIndicator shown = spinner().orElseThrow();
        assertThat(shown.getAccessibleText()).isEqualTo(messages.get("start.loading"));
        assertThat(words.getBoundsInParent().getMinX()).isEqualTo(wordsX);
        assertThat(loading.getHeight()).isEqualTo(rowHeight);
        assertThat(shown.getWidth()).isEqualTo(24);
    }

    @Test
    void noSpinnerOnceLoaded(FxRobot robot) {
        robot.interact(() -> {
            screen = StartView.build(vm, messages);
            navigator.show(screen);
            vm.ready(Optional.empty(), List.of(), Optional.empty());
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(spinner()).isEmpty();
        Node loading = screen.root().lookup("#start-loading");
        assertThat(loading.isVisible()).isFalse();
    }

    @Test
    void hiddenPartsAreMadeOnlyWhenNeededOrAfterTheFirstFrame(FxRobot robot) {
        robot.interact(() -> {
            screen = StartView.build(vm, messages);
            navigator.show(screen);
        });
        // Nothing to continue and no failure: neither is in the first window.
        assertThat(screen.root().lookup("#start-continue")).isNull();
        assertThat(screen.root().lookup("#start-problem")).isNull();

        // A draft found before the first frame: its button is there in that frame.
        robot.interact(() -> vm.ready(Optional.of(java.time.OffsetDateTime.of(2026, 11, 21, 19, 40, 0, 0,
                ZoneOffset.UTC)), List.of(), Optional.empty()));
        assertThat(screen.root().lookup("#start-continue")).isNotNull();
        assertThat(screen.root().lookup("#start-problem")).isNull();

        // After the first frame everything is in place, still hidden when not needed.
        robot.interact(stage::show);
        WaitForAsyncUtils.waitForFxEvents(5);
        Node problem = screen.root().lookup("#start-problem");
        assertThat(problem).isNotNull();
        assertThat(problem.isVisible()).isFalse();
    }
}
