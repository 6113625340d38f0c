package uk.gov.gcs.digitalskills.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends every log record (ours and the libraries', through SLF4J) to {@code <data-dir>/logs/}, never to the
 * console: users see one plain sentence, and the details are in the file for whoever supports them.
 */
public final class LogFile {
    private LogFile() {
    }

    /** For the command line: commands report their own errors, so library chatter is silenced. */
    public static void silence() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
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
