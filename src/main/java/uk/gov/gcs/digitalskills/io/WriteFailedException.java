package uk.gov.gcs.digitalskills.io;

import java.io.IOException;
import java.nio.file.Path;

/** Saving a file failed; the message is one plain sentence for the user, and any old file is untouched. */
public class WriteFailedException extends IOException {
    private final Path target;

    public WriteFailedException(Path target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
