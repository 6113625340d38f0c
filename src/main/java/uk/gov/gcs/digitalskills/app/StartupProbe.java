package uk.gov.gcs.digitalskills.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * For the start-up benchmark and the AppCDS training run (see {@code bench/startup.sh} and
 * {@code packaging/README.md}); does nothing unless the system property {@code dsa.startupProbe} is set.
 *
 * <p>When it is set, the first time the stage is shown this prints {@code FIRST_WINDOW_SHOWN <epoch millis>}
 * on standard output and ends the program. The property's value, if a number, is how many milliseconds to
 * wait before ending, so that a training run also sees what the app loads in the background just after.
 */
public final class StartupProbe {
    static final String PROPERTY = "dsa.startupProbe";

    private StartupProbe() {
    }

    public static void watch(Stage stage) {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return;
        }
        long delayMillis = parseDelay(value);
        AtomicBoolean seen = new AtomicBoolean();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            if (seen.compareAndSet(false, true)) {
                report(delayMillis);
            }
        });
    }

    private static void report(long delayMillis) {
        System.out.println("FIRST_WINDOW_SHOWN " + System.currentTimeMillis());
        System.out.flush();
        Thread exit = new Thread(() -> {
            sleep(delayMillis);
            System.exit(0);
        }, "startup-probe-exit");
        exit.setDaemon(true);
        exit.start();
    }

    static long parseDelay(String value) {
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
