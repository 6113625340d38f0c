import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The yardstick of bench/startup.sh: the smallest JavaFX window with a control. With -Ddsa.startupProbe it
 * does what the app's StartupProbe does: prints FIRST_WINDOW_SHOWN and the epoch millis when the window is
 * first shown, then exits (after the property's value in milliseconds, if it is a number).
 */
public final class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        String probe = System.getProperty("dsa.startupProbe");
        if (probe != null) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
                System.out.println("FIRST_WINDOW_SHOWN " + System.currentTimeMillis());
                System.out.flush();
                long delay = probe.matches("\\d+") ? Long.parseLong(probe) : 0;
                Thread exit = new Thread(() -> {
                    try {
                        Thread.sleep(delay);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.exit(0);
                });
                exit.setDaemon(true);
                exit.start();
            });
        }
        stage.setTitle("Hello");
        stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 800, 600));
        stage.show();
    }
}
