package uk.gov.gcs.digitalskills.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Saving a file failed, and any old file is untouched. It carries why as a {@link Reason}, not as a
 * sentence: the app words it from its message bundle and the command line in its own English. The message
 * is for the log only.
 */
public class WriteFailedException extends IOException {
    /** Why the file could not be saved, as far as the system said. */
    public enum Reason {
        /** The folder (or the file) may not be written by this user. */
        ACCESS_DENIED,
        /** No room left on the disk. */
        DISK_FULL,
        /** Another program holds the file open (Windows). */
        IN_USE,
        /** Anything else; the cause has the system's own words. */
        OTHER
    }

    private final Path target;
    private final Reason reason;

    public WriteFailedException(Path target, Reason reason, Throwable cause) {
        super("could not write " + target + " (" + reason + ")", cause);
        this.target = target;
        this.reason = reason;
    }

    public Path target() {
        return target;
    }

    /** The file's name, such as {@code report.pdf}. */
    public String fileName() {
        return String.valueOf(target.getFileName());
    }

    /** The folder the file was to go in. */
    public String folder() {
        return String.valueOf(target.toAbsolutePath().getParent());
    }

    public Reason reason() {
        return reason;
    }
}
