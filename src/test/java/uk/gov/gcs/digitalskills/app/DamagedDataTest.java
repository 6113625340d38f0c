package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import uk.gov.gcs.digitalskills.app.common.FxBackground;
import uk.gov.gcs.digitalskills.app.pages.StartPage;
import uk.gov.gcs.digitalskills.io.DataFolder;

/**
 * A damaged database file is moved aside (and named to the user); a broken questionnaire in the data
 * folder is skipped with a notice while the bundled one still works. Uses the real background thread.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedDataTest {
    @TempDir
    static Path dir;
    private DigitalSkillsApp app;

    @Start
    void start(Stage stage) throws Exception {
        Files.write(dir.resolve("assessments.mv.db"), "not a database at all".repeat(500).getBytes());
        Path questionnaires = Files.createDirectories(dir.resolve("questionnaires"));
        Files.writeString(questionnaires.resolve("department-extra.json"),
                "{\"kind\": \"questionnaire\", \"schemaVersion\": 1, \"id\": \"broken\"");
        app = new DigitalSkillsApp(new DataFolder(dir), new FxBackground());
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void tellsWhatWasMovedAsideAndSkippedAndStillWorks(FxRobot robot) throws Exception {
        StartPage start = new StartPage(robot).loaded();
        assertThat(start.noticesShown()).isTrue();
        Path aside;
        try (Stream<Path> files = Files.list(dir)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("assessments.damaged-")).findFirst()
                    .orElseThrow();
        }
        assertThat(Files.readString(aside)).startsWith("not a database at all");
        assertThat(start.notices()).hasSize(2);
        assertThat(start.notices().get(0)).contains(aside.getFileName().toString());
        assertThat(start.notices().get(1)).startsWith("A questionnaire file was skipped").contains("department-extra.json");

        // The bundled questionnaire still works.
        assertThat(start.startNew().role("Other").grade("Grade 7").organisation("Cabinet Office")
                .continueToTaskList().areas()).contains("planning");
    }
}
