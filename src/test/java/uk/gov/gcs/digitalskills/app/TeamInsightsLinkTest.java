package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.pages.StartPage;
import uk.gov.gcs.digitalskills.io.DataFolder;

/** A training lead reaches Team insights from Start, sees the anonymisation statement, and comes back. */
@ExtendWith(ApplicationExtension.class)
class TeamInsightsLinkTest {
    @TempDir
    static Path dir;
    private DigitalSkillsApp app;

    @Start
    void start(Stage stage) {
        app = new DigitalSkillsApp(new DataFolder(dir), new ImmediateBackground());
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void fromStartToTeamInsightsAndBack(FxRobot robot) {
        new StartPage(robot).loaded().teamInsights();
        assertThat(robot.lookup("#insights-anonymised").queryAs(Labeled.class).getText()).contains("no names are stored");
        assertThat(dir.resolve("insights.mv.db")).exists();
        assertThat(dir.resolve("assessments.mv.db")).as("a person's own assessments are kept apart").exists();

        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        new StartPage(robot).loaded();
    }
}
