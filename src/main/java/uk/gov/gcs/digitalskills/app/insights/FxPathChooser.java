package uk.gov.gcs.digitalskills.app.insights;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.export.SaveDialog;
import uk.gov.gcs.digitalskills.app.export.SystemSaveDialog;

/** The operating system's own file dialogs. */
public final class FxPathChooser implements PathChooser {
    private final Messages messages;
    private Window owner;
    private final SaveDialog saveDialog = new SystemSaveDialog(() -> owner);

    public FxPathChooser(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Path> chooseFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("insights.chooser.files"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("insights.chooser.filter"),
                "*.json", "*.pdf", "*.JSON", "*.PDF"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("insights.chooser.folder"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    /** The team report's save dialog; {@link #owner} is the window it belongs to. */
    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String defaultName, String filterName,
                                         String extension) {
        return saveDialog.chooseSaveFile(title, folder, defaultName, filterName, extension);
    }

    /** The window the save dialog belongs to, once the screen is shown. */
    void owner(Window window) {
        this.owner = window;
    }

    @Override
    public Optional<Path> chooseCsvTarget(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("insights.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
