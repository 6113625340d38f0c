package uk.gov.gcs.digitalskills.io;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read, in a few plain words for the file-level problems people see (a skipped
 * questionnaire, a rejected import). The system's own message can hold paths, codes and other languages,
 * so it goes to the log, never into these words.
 */
public final class PlainReasons {
    private PlainReasons() {
    }

    public static String of(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (e instanceof AccessDeniedException) {
            return "you do not have permission to read it";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "its folders loop back on themselves";
        }
        return "the system could not read it";
    }
}
