package uk.gov.gcs.digitalskills.core;

import java.util.Objects;

/**
 * One thing wrong with an input file: where (a JSON pointer such as {@code /areas/0/questions/2/id},
 * empty for the whole document) and a plain-English message.
 */
public record Problem(String pointer, String message) {
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
