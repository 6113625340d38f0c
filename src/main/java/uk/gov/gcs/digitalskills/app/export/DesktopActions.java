package uk.gov.gcs.digitalskills.app.export;

import java.nio.file.Path;

/** Hands a saved file to the operating system; behind an interface so the view model can be tested. */
public interface DesktopActions {
    /** Opens the file in the program the system uses for it (a PDF reader, say). */
    void open(Path file) throws Exception;

    /** Opens the folder holding the file in the system's file manager. */
    void showInFolder(Path file) throws Exception;
}
