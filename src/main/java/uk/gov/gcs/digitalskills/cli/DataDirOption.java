package uk.gov.gcs.digitalskills.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import uk.gov.gcs.digitalskills.io.DataFolder;

/** The global {@code --data-dir} option, accepted before or after the command name. */
public class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for the app's data (default: $DIGITAL_SKILLS_HOME, else your user data folder).")
    Path dataDir;

    public DataFolder folder() {
        return DataFolder.resolve(Optional.ofNullable(dataDir));
    }
}
