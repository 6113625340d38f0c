package uk.gov.gcs.digitalskills.app.export;

import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * {@link DesktopActions} through JavaFX's {@link HostServices}, which hands a file URI to the system
 * (xdg-open, the Windows shell or macOS {@code open}). "Show in folder" opens the containing folder.
 */
public final class HostServicesDesktop implements DesktopActions {
    private final HostServices hostServices;

    public HostServicesDesktop(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public void open(Path file) {
        hostServices.showDocument(file.toAbsolutePath().toUri().toString());
    }

    @Override
    public void showInFolder(Path file) {
        hostServices.showDocument(file.toAbsolutePath().getParent().toUri().toString());
    }
}
