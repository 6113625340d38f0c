package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The file dialogs the insights screen opens; tests give their own. */
public interface PathChooser {
    List<Path> chooseFiles(Window owner);

    Optional<Path> chooseFolder(Window owner);

    Optional<Path> chooseCsvTarget(Window owner, String suggestedName);
}
