package uk.gov.gcs.digitalskills.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.app.common.Messages;

/** The desktop window and the composition root: everything the screens need is made and wired here. */
public final class DigitalSkillsApp extends Application {

    @Override
    public void start(Stage stage) {
        StartupProbe.watch(stage);
        Messages messages = Messages.english();
        Label heading = new Label(messages.get("app.title"));
        heading.setId("app-heading");
        heading.getStyleClass().add("heading-xl");
        Label version = new Label(messages.get("app.version", AppVersion.current()));
        version.setId("app-version");
        Label about = new Label(messages.get("app.about"));
        about.setWrapText(true);
        VBox root = new VBox(16, heading, version, about);
        root.setPadding(new Insets(32));
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(DigitalSkillsApp.class.getResource("app.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
    }
}
