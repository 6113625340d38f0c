package uk.gov.gcs.digitalskills.app;

import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.FxBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.export.HostServicesDesktop;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.LogFile;

/** The desktop window and the composition root: everything the screens need is made and wired here. */
public final class DigitalSkillsApp extends Application {
    private final DataFolder folder;
    private final Background background;
    private final Clock clock;
    private Journey journey;

    /** Used by JavaFX: the data folder comes from the command line through {@link AppLauncher}. */
    public DigitalSkillsApp() {
        this(AppLauncher.launchFolder(), new FxBackground());
    }

    public DigitalSkillsApp(DataFolder folder, Background background) {
        this(folder, background, new DefaultZoneClock());
    }

    /** @param clock what "now" and "today" are, so tests need not depend on the date they run */
    public DigitalSkillsApp(DataFolder folder, Background background, Clock clock) {
        this.folder = folder;
        this.background = background;
        this.clock = clock;
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.watch(stage);
        Messages messages = Messages.english();
        Navigator navigator = new Navigator(messages, 1000, 760);
        ErrorPresenter errors = new ErrorPresenter(messages, () -> Optional.of(LogFile.file(folder)));
        journey = new Journey(navigator, messages, new Formats(messages, clock), background, clock,
                () -> {
                    // Opening the log file waits until the window is up: it costs start-up time and nothing logs before.
                    LogFile.configure(folder);
                    return AppServices.open(folder, clock);
                }, errors, stage::close, new HostServicesDesktop(getHostServices()));
        stage.setTitle(messages.get("app.title"));
        stage.setScene(navigator.scene());
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        // The start screen is in the scene before the window is shown, so the first window is the real one;
        // loading starts only once it is up, so that the window does not share the CPU with it.
        journey.start();
        stage.show();
        journey.load();
    }

    @Override
    public void stop() throws Exception {
        // Both lanes first: queued saves finish and jobs stop before the stores they use are closed.
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
