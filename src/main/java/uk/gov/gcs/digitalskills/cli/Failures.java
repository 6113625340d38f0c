package uk.gov.gcs.digitalskills.cli;

import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

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

    /** Why a returned appraisal PDF gave no manager's response ({@code response}). */
    static String describe(ManagerResponseReader.UnreadableException e) {
        String file = e.file();
        return switch (e.failure()) {
            case NOT_AN_APPRAISAL -> file + " is not an appraisal PDF from Digital Skills Assessment. If your manager"
                    + " printed it or saved a copy, ask them to fill in the PDF you sent them and send that file back.";
            case DAMAGED -> file + " is damaged or is not a PDF, so the manager's response cannot be read. Ask your"
                    + " manager to send it again.";
            case ENCRYPTED -> file + " is protected with a password, so the manager's response cannot be read. Ask"
                    + " your manager to send it without a password.";
            case FLATTENED -> file + " has no form fields left (it was flattened or printed), so the manager's"
                    + " response cannot be read. Ask your manager to fill in the PDF you sent them and send that"
                    + " file back.";
            case EMPTY -> file + ": the manager's part is still empty. Ask your manager to fill it in and send the"
                    + " PDF back.";
            case UNKNOWN_ASSESSMENT -> file + " is for assessment " + e.assessmentId().map(Object::toString)
                    .orElse("(unknown)") + ", which is not saved in this data folder. Use the data folder where you"
                    + " took that assessment (--data-dir).";
        };
    }
}
