package uk.gov.gcs.digitalskills.app.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file; the view shows a FileChooser, tests answer directly. */
@FunctionalInterface
public interface SaveDialog {
    /**
     * @param title       the dialog's title
     * @param folder      the folder to start in
     * @param defaultName the file name to suggest
     * @param filterName  what the files are called, such as "PDF documents"
     * @param extension   the extension with its dot, such as ".pdf"
     * @return the chosen file, or empty when the person cancelled
     */
    Optional<Path> chooseSaveFile(String title, Path folder, String defaultName, String filterName, String extension);
}
