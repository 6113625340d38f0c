package uk.gov.gcs.digitalskills.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.gcs.digitalskills.app.Screenshots;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.pdf.ReportFixtures;

@ExtendWith(ApplicationExtension.class)
class ExportViewScreenshotsTest {
    @TempDir
    static Path folder;

    private final List<Path> opened = new ArrayList<>();
    private VBox page;

    @Start
    void start(Stage stage) throws Exception {
        ScoredResult scored = ReportFixtures.scored(ReportFixtures.fullRecord());
        ExportSubject subject = new ExportSubject(scored, Optional.of(ReportFixtures.objectiveTemplate()));
        Path target = Files.createDirectories(folder.resolve("Documents"));
        DesktopActions desktop = new DesktopActions() {
            @Override
            public void open(Path file) {
                opened.add(file);
            }

            @Override
            public void showInFolder(Path file) {
                opened.add(file.getParent());
            }
        };
        Messages messages = Messages.english();
        ExportViewModel model = new ExportViewModel(messages, new ImmediateBackground(), desktop,
                () -> Optional.of(subject), "test", Clock.systemUTC(), target);
        page = new VBox(ExportView.build(model, messages, (t, start, name, f, e) -> Optional.of(start.resolve(name))));
        page.setPadding(new Insets(24));
        Scene scene = new Scene(page, 760, 360);
        scene.getStylesheets().add(uk.gov.gcs.digitalskills.app.DigitalSkillsApp.class.getResource("app.css")
                .toExternalForm());
        stage.setScene(scene);
        // TestFX reuses one stage across test classes: size it to this scene, not the last one.
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void downloadThenOpenAndShowInFolder(FxRobot robot) {
        robot.interact(() -> Screenshots.save(page, "export-buttons"));
        assertThat(robot.lookup("#export-confirmation").query().getParent().isVisible())
                .as("no confirmation before saving").isFalse();

        robot.clickOn("#export-pdf");
        WaitForAsyncUtils.waitForFxEvents();

        Label confirmation = robot.lookup("#export-confirmation").queryAs(Label.class);
        assertThat(confirmation.getParent().isVisible()).isTrue();
        assertThat(confirmation.getText()).startsWith("Your PDF has been saved as digital-skills-alex-morgan-2026-11-18.pdf");
        robot.interact(() -> Screenshots.save(page, "export-confirmation"));

        robot.clickOn("#export-open");
        robot.clickOn("#export-show-in-folder");
        Path saved = folder.resolve("Documents").resolve("digital-skills-alex-morgan-2026-11-18.pdf");
        assertThat(opened).containsExactly(saved, saved.getParent());
        assertThat(robot.lookup("#export-pdf").queryAs(Button.class).isDisabled()).isFalse();
    }
}
