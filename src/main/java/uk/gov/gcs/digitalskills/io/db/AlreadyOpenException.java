package uk.gov.gcs.digitalskills.io.db;

/** Another copy of the app has the database file open. */
public class AlreadyOpenException extends DatabaseException {
    public AlreadyOpenException(Throwable cause) {
        super("Digital Skills Assessment is already open. Switch to the open window, or close it and try again.",
                cause);
    }
}
