package uk.gov.gcs.digitalskills.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.gov.gcs.digitalskills.AppVersion;

/** The desktop window. */
public final class DigitalSkillsApp extends Application {
    public static final String TITLE = "Digital Skills Assessment";

    @Override
    public void start(Stage stage) {
        Label heading = new Label(TITLE);
        heading.setId("app-heading");
        heading.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label version = new Label("Version " + AppVersion.current());
        version.setId("app-version");
        Label about = new Label("Answer questions about your digital communication skills, see where you stand,"
                + " and turn the result into a SMART digital objective for your appraisal."
                + " Your answers stay on this computer.");
        about.setWrapText(true);
        VBox root = new VBox(16, heading, version, about);
        root.setPadding(new Insets(32));
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
    }
}
