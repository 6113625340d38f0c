package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new DigitalSkillsApp().start(stage);
    }

    @Test
    void windowIsTitledAndShowsTheVersion(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Digital Skills Assessment");
        assertThat(robot.lookup("#app-version").queryAs(Label.class).getText()).startsWith("Version ");
    }
}
