package uk.gov.gcs.digitalskills.io.db;

/** A database problem the user must hear about, with one plain sentence as its message. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
