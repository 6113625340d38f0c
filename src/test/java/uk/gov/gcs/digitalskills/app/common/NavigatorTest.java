package uk.gov.gcs.digitalskills.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The failed-save banner: shown above every screen, copyable, dismissable, and gone after the next good save;
 * and the first screen, drawn before the scroll pane joins, drawn exactly where the scroll pane puts it.
 */
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

    @Test
    void theFirstScreenIsDrawnWhereTheScrollPaneThatReplacesItPutsIt(FxRobot robot) {
        Screen screen = MessageView.build("first", "A first screen", "Some text", "Go", () -> { });
        Bounds[] firstFrame = new Bounds[1];
        robot.interact(() -> {
            Navigator fresh = new Navigator(Messages.english(), 800, 600);
            fresh.show(screen);
            Stage stage = new Stage();
            stage.setScene(fresh.scene());
            fresh.scene().addPostLayoutPulseListener(() -> {
                if (firstFrame[0] == null) {
                    assertThat(ancestorScrollPane(screen.root())).isNull();
                    firstFrame[0] = screen.root().localToScene(screen.root().getLayoutBounds());
                }
            });
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });

        assertThat(firstFrame[0]).isNotNull();
        assertThat(screen.root().getScene().getFocusOwner()).isSameAs(screen.firstFocus());
        assertThat(ancestorScrollPane(screen.root())).isNotNull();
        assertThat(screen.root().localToScene(screen.root().getLayoutBounds())).isEqualTo(firstFrame[0]);
        robot.interact(() -> screen.root().getScene().getWindow().hide());
    }

    private static ScrollPane ancestorScrollPane(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
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
