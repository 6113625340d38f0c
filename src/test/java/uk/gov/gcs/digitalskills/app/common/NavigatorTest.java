package uk.gov.gcs.digitalskills.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The failed-save banner: shown above every screen, copyable, dismissable, and gone after the next good save. */
@ExtendWith(ApplicationExtension.class)
class NavigatorTest {
    private static final UserError FAILED = new UserError("Your last change could not be saved.",
            "DatabaseException: WRITE\nLog file: /tmp/digital-skills-0.log");
    private Navigator navigator;

    @Start
    void start(Stage stage) {
        navigator = new Navigator(Messages.english(), 800, 600);
        navigator.show(MessageView.build("screen", "A screen", "Text", "Go", () -> { }));
        stage.setScene(navigator.scene());
        stage.show();
    }

    private boolean bannerShown(FxRobot robot) {
        return robot.lookup("#save-problem-banner").query().isVisible();
    }

    @Test
    void aFailedSaveShowsUntilTheNextSaveSucceeds(FxRobot robot) {
        assertThat(bannerShown(robot)).isFalse();
        robot.interact(() -> navigator.saveFailed(FAILED));
        assertThat(bannerShown(robot)).isTrue();
        assertThat(robot.lookup("#save-problem").queryAs(Label.class).getText())
                .isEqualTo("Your last change could not be saved.");

        robot.interact(() -> navigator.saved());
        assertThat(bannerShown(robot)).isFalse();
        assertThat(navigator.saveProblemProperty().get()).isNull();
    }

    @Test
    void dismissHidesItAndCopyDetailsPutsTheDetailsOnTheClipboard(FxRobot robot) {
        robot.interact(() -> navigator.saveFailed(FAILED));
        robot.interact(() -> robot.lookup("#save-problem-copy").queryAs(Button.class).fire());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(FAILED.details());

        Button dismiss = robot.lookup("#save-problem-dismiss").queryAs(Button.class);
        assertThat(dismiss.getAccessibleText()).isEqualTo("Dismiss this message");
        robot.interact(dismiss::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bannerShown(robot)).isFalse();
    }
}
