package uk.gov.gcs.digitalskills.app.response;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.common.Messages;

/** The operating system's own open dialog, showing PDFs. */
public final class FxResponseChooser implements ResponseChooser {
    private final Messages messages;

    public FxResponseChooser(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> choosePdf(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("response.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("response.chooser.filter"),
                "*.pdf", "*.PDF"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
