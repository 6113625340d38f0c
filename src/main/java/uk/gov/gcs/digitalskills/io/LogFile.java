package uk.gov.gcs.digitalskills.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.slf4j.helpers.NOP_FallbackServiceProvider;

/**
 * Sends every log record (ours and the libraries', through SLF4J) to {@code <data-dir>/logs/}, never to the
 * console: users see one plain sentence, and the details are in the file for whoever supports them.
 */
public final class LogFile {
    private LogFile() {
    }

    /**
     * For the command line: commands report their own errors, so library chatter is silenced. Call it before
     * anything logs. It names {@link Silent} as the logging configuration rather than resetting logging now:
     * setting logging up costs about 20 ms of a cold command, and this way it happens only if a library logs,
     * and then on whichever thread that is (for {@code report}, the one that prepares iText). iText and the
     * schema validator log through SLF4J, which is given its no-op provider by name: it then neither searches
     * the class path for a provider nor makes a {@code java.util.logging} logger for every library class that
     * asks for one (about 10 ms of a cold report, issue 15).
     */
    public static void silence() {
        System.setProperty("java.util.logging.config.class", Silent.class.getName());
        // Without this, SLF4J says on standard error which provider it was told to use.
        System.setProperty("slf4j.internal.verbosity", "WARN");
        System.setProperty("slf4j.provider", NOP_FallbackServiceProvider.class.getName());
    }

    /** The command line's logging configuration: no handlers, nothing logged. */
    public static final class Silent {
        /** Called by {@link LogManager} when it is first used, as its documentation describes. */
        public Silent() throws IOException {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream("handlers=\n.level=OFF\n".getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    /** The file being written now (the newest of the rotated set), to name in "Copy details". */
    public static Path file(DataFolder folder) {
        return folder.path().resolve("logs").resolve("digital-skills-0.log");
    }

    public static void configure(DataFolder folder) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            PrivateFiles.folder(folder.path());
            Path logs = PrivateFiles.folder(folder.path().resolve("logs"));
            Handler handler = new FileHandler(logs.resolve("digital-skills-%g.log").toString(), 1_000_000, 3, true);
            // The handler made its files with the umask's permissions; logs can name files and people.
            PrivateFiles.files(logs, "digital-skills-");
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            root.addHandler(handler);
        } catch (IOException | SecurityException e) {
            // Nowhere to write a log is not a reason to stop the user working.
            root.setLevel(Level.OFF);
        }
    }
}
