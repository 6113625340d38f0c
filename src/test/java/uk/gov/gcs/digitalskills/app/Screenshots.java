package uk.gov.gcs.digitalskills.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNGs of screens for docs/screenshots. Tests named {@code *ScreenshotsTest} call {@link #save}; they
 * write only when {@code -Dscreenshots.dir=...} is given, so the normal test run stays side-effect free:
 * {@code ./mvnw -B test -Dtest='*ScreenshotsTest' -Dscreenshots.dir=docs/screenshots}
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static Optional<Path> folder() {
        String dir = System.getProperty("screenshots.dir");
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /** From a test thread: the window as it is, once the FX thread has caught up. */
    public static void window(Stage stage, String name) {
        onFxThread(() -> save(stage.getScene().getRoot(), name));
    }

    /** From a test thread: the whole page in the window's scroll pane, also what is scrolled out of view. */
    public static void fullPage(Stage stage, String name) {
        onFxThread(() -> save(((ScrollPane) stage.getScene().getRoot().lookup(".scroll-pane")).getContent(), name));
    }

    private static void onFxThread(Runnable snapshot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(snapshot);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Snapshots a node (call on the FX thread) and writes {@code name.png} into the folder, if one is set. */
    public static void save(Node node, String name) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return;
        }
        WritableImage image = node.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(folder.get());
            ImageIO.write(out, "png", folder.get().resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
