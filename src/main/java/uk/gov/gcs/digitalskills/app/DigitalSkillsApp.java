package uk.gov.gcs.digitalskills.app;

import java.time.Clock;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.FxBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.export.HostServicesDesktop;
import uk.gov.gcs.digitalskills.io.DataFolder;

/** The desktop window and the composition root: everything the screens need is made and wired here. */
public final class DigitalSkillsApp extends Application {
    private final DataFolder folder;
    private final Background background;
    private Journey journey;

    /** Used by JavaFX: the data folder comes from the command line through {@link AppLauncher}. */
    public DigitalSkillsApp() {
        this(AppLauncher.launchFolder(), new FxBackground());
    }

    public DigitalSkillsApp(DataFolder folder, Background background) {
        this.folder = folder;
        this.background = background;
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.watch(stage);
        Messages messages = Messages.english();
        Clock clock = Clock.systemDefaultZone();
        Navigator navigator = new Navigator(messages, 1000, 760);
        journey = new Journey(navigator, messages, new Formats(messages, ZoneId.systemDefault()), background, clock,
                folder, stage::close, new HostServicesDesktop(getHostServices()));
        stage.setTitle(messages.get("app.title"));
        stage.setScene(navigator.scene());
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.show();
        journey.begin();
    }

    @Override
    public void stop() throws Exception {
        if (background instanceof AutoCloseable closeable) {
            closeable.close();
        }
        if (journey != null) {
            journey.close();
        }
    }

    /** The navigation of this window, for tests and for screens added later. */
    Journey journey() {
        return journey;
    }
}
