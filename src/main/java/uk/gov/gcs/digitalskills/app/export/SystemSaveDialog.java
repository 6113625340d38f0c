package uk.gov.gcs.digitalskills.app.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's own save dialog ({@link FileChooser}), for every screen that saves a file. */
public final class SystemSaveDialog implements SaveDialog {
    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to when it opens (null while the screen is not shown) */
    public SystemSaveDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String defaultName, String filterName,
                                         String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(defaultName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*" + extension));
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
