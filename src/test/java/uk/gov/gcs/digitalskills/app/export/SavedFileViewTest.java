package uk.gov.gcs.digitalskills.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.SteppedBackground;

/** The rows under a screen's save buttons: each shows only when it has something to say, and Copy details copies. */
@ExtendWith(ApplicationExtension.class)
class SavedFileViewTest {
    private static final SavedFile.Kind PDF = new SavedFile.Kind("export.dialog.pdfTitle", "export.dialog.pdfFilter",
            ".pdf", "export.busy.pdf", "export.done.pdf", "export.error.unexpected");

    @TempDir
    static Path dir;

    private final RecordingDesktop desktop = new RecordingDesktop();
    private final SteppedBackground background = new SteppedBackground();
    private SavedFile file;
    private VBox column;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.english();
        file = new SavedFile(messages, background, new ErrorPresenter(messages), desktop, dir);
        column = new VBox(12);
        column.getChildren().addAll(SavedFileView.build(file, messages, "saved"));
        stage.setScene(new Scene(column, 600, 400));
        stage.show();
    }

    private boolean shows(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        while (node != column) {
            if (!node.isVisible() || !node.isManaged()) {
                return false;
            }
            node = node.getParent();
        }
        return true;
    }

    private void save(FxRobot robot) {
        robot.interact(() -> file.save((t, folder, name, f, e) -> Optional.of(folder.resolve(name)), PDF, "mine.pdf",
                target -> Files.writeString(target, "%PDF-")));
    }

    @Test
    void showsTheBusyLineThenTheConfirmationWithOpenAndShowInFolder(FxRobot robot) {
        assertThat(shows(robot, "saved-busy") || shows(robot, "saved-confirmation") || shows(robot, "saved-error")
                || shows(robot, "saved-error-copy")).as("nothing to say yet").isFalse();

        save(robot);
        assertThat(shows(robot, "saved-busy")).isTrue();
        assertThat(robot.lookup("#saved-busy").queryAs(Label.class).getText()).isEqualTo("Making your PDF\u2026");
        assertThat(robot.lookup(".progress-indicator").queryAs(ProgressIndicator.class).getAccessibleText())
                .isEqualTo("Making your PDF\u2026");

        robot.interact(background::runNext);
        assertThat(shows(robot, "saved-busy")).isFalse();
        assertThat(shows(robot, "saved-confirmation")).isTrue();
        assertThat(robot.lookup("#saved-confirmation").queryAs(Label.class).getText())
                .isEqualTo("Your PDF has been saved as mine.pdf in " + dir + ".");
        assertThat(robot.lookup("#saved-open").queryAs(Button.class).getText()).isEqualTo("Open");
        assertThat(robot.lookup("#saved-show-in-folder").queryAs(Button.class).getText()).isEqualTo("Show in folder");
        robot.interact(() -> robot.lookup("#saved-show-in-folder").queryAs(Button.class).fire());
        assertThat(desktop.calls).containsExactly("show " + dir.resolve("mine.pdf"));
        assertThat(shows(robot, "saved-error")).isFalse();
    }

    @Test
    void anOpenThatFailsShowsOneSentenceAndCopyDetailsCopiesTheDetails(FxRobot robot) {
        save(robot);
        robot.interact(background::runNext);
        desktop.failure = new IOException("no program for PDF files");
        robot.interact(() -> robot.lookup("#saved-open").queryAs(Button.class).fire());

        Label error = robot.lookup("#saved-error").queryAs(Label.class);
        assertThat(shows(robot, "saved-error")).isTrue();
        assertThat(error.getText())
                .isEqualTo("The file could not be opened from here. You can find it in " + dir + ".");
        assertThat(error.getAccessibleRole()).isEqualTo(AccessibleRole.TEXT);
        assertThat(error.isWrapText()).isTrue();
        Button copy = robot.lookup("#saved-error-copy").queryAs(Button.class);
        assertThat(shows(robot, "saved-error-copy")).isTrue();
        assertThat(copy.getAccessibleText())
                .isEqualTo("Copy the details of this problem, to send to whoever supports you");

        robot.interact(copy::fire);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(file.errorDetailsProperty().get()).contains("no program for PDF files");
    }

    @Test
    void theRowsComeInReadingAndFocusOrder() {
        var rows = column.getChildren();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).lookup("#saved-busy")).isNotNull();
        assertThat(rows.get(1).lookup("#saved-confirmation")).isNotNull();
        assertThat(rows.get(1).lookup("#saved-open").localToScene(0, 0).getX())
                .isLessThan(rows.get(1).lookup("#saved-show-in-folder").localToScene(0, 0).getX());
        assertThat(rows.get(2).getId()).isEqualTo("saved-error");
        assertThat(rows.get(3).getId()).isEqualTo("saved-error-copy");
    }
}
