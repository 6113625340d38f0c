package uk.gov.gcs.digitalskills.app.response;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks which PDF the manager sent back; the app shows a FileChooser, tests answer with a path. */
@FunctionalInterface
public interface ResponseChooser {
    /** The chosen file, or empty when the person cancelled. */
    Optional<Path> choosePdf(Window owner);
}
