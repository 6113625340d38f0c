package uk.gov.gcs.digitalskills.app;

import javafx.application.Application;
import uk.gov.gcs.digitalskills.io.DataFolder;

/** Starts the JavaFX window. Kept apart from {@code Main} so that the command line never loads JavaFX. */
public final class AppLauncher {
    private static DataFolder launchFolder;

    private AppLauncher() {
    }

    public static void launch(DataFolder folder) {
        launchFolder = folder;
        Application.launch(DigitalSkillsApp.class);
    }

    /** The data folder chosen on the command line; JavaFX creates the Application itself, so it is handed over here. */
    static DataFolder launchFolder() {
        return launchFolder != null ? launchFolder : DataFolder.resolve(java.util.Optional.empty());
    }
}
