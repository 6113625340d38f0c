package uk.gov.gcs.digitalskills.io.db;

/** Another copy of the app has the database file open. */
public class AlreadyOpenException extends DatabaseException {
    public AlreadyOpenException(Throwable cause) {
        super(Kind.ALREADY_OPEN, cause);
    }
}
