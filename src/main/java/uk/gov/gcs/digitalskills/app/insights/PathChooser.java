package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.export.SaveDialog;

/**
 * The file dialogs the insights screen opens; tests give their own. "Download team report" asks through the
 * app's {@link SaveDialog}; a chooser that does not answer it (most tests) saves nothing.
 */
public interface PathChooser extends SaveDialog {
    List<Path> chooseFiles(Window owner);

    Optional<Path> chooseFolder(Window owner);

    Optional<Path> chooseCsvTarget(Window owner, String suggestedName);

    @Override
    default Optional<Path> chooseSaveFile(String title, Path folder, String defaultName, String filterName,
                                          String extension) {
        return Optional.empty();
    }
}
