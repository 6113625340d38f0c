package uk.gov.gcs.digitalskills.cli;

import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;

/**
 * The command line's words for io failures, in one place. The io layer gives a reason, never a sentence;
 * the app words the same reasons from its message bundle. Nothing here repeats the system's or H2's text.
 */
final class Failures {
    private Failures() {
    }

    static String describe(WriteFailedException e) {
        String file = e.fileName();
        return switch (e.reason()) {
            case ACCESS_DENIED -> file + " could not be saved because you cannot write to " + e.folder()
                    + ". Choose another folder.";
            case DISK_FULL -> file + " could not be saved because the disk is full. Free some space or choose"
                    + " another folder.";
            case IN_USE -> file + " is open in another program. Close it there and try again.";
            case OTHER -> file + " could not be saved in " + e.folder() + ". Try again, or choose another folder.";
        };
    }

    static String describe(DatabaseException e) {
        return switch (e.kind()) {
            case FOLDER_NOT_CREATED -> "The data folder " + e.arg() + " cannot be created. Check that you can"
                    + " write there, or choose another with --data-dir.";
            case ALREADY_OPEN -> "Digital Skills Assessment is already open. Close it and try again.";
            case OPEN -> "The saved data in " + e.arg() + " could not be opened. Try again; if it keeps happening,"
                    + " ask for help.";
            case UPGRADE -> "The saved data could not be upgraded to this version (step " + e.arg() + "). Nothing"
                    + " was changed. Ask for help.";
            case READ -> "The saved data could not be read. Try again; if it keeps happening, ask for help.";
            case WRITE -> "The change could not be saved. Try again; if it keeps happening, ask for help.";
            case NOT_FOUND -> "The assessment " + e.arg() + " is not saved on this computer.";
            case DAMAGED_NOT_MOVED -> "The saved data is damaged and could not be moved aside. Move " + e.arg()
                    + " somewhere safe and try again.";
        };
    }
}
