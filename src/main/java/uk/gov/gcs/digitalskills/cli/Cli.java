package uk.gov.gcs.digitalskills.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/**
 * {@code digital-skills <command>}: the same program without a window. Commands never start the JavaFX
 * toolkit; with options but no command the window opens (through {@code windowLauncher}).
 */
@Command(name = "digital-skills", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Assess your digital skills, or work with questionnaires and results from the command line.",
        subcommands = {ValidateCommand.class, ScoreCommand.class, SuggestCommand.class, ReportCommand.class,
            ImportCommand.class, InsightsCommand.class, ResponseCommand.class})
public final class Cli implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    private final Consumer<DataFolder> windowLauncher;

    Cli(Consumer<DataFolder> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    /** The data folder from {@code --data-dir}, the environment or the OS default. */
    public DataFolder dataFolder() {
        return dataDir.folder();
    }

    @Override
    public Integer call() {
        windowLauncher.accept(dataDir.folder());
        return 0;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<DataFolder> windowLauncher) {
        CommandLine commandLine = new CommandLine(new Cli(windowLauncher));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("digital-skills: something went wrong that should not have: " + e
                    + ". Please report this with the command you ran.");
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Content bundled in the app plus any in the data folder; toolkits are read only if the command asks. */
    static ContentLibrary library(ContentFiles files, DataFolder folder) {
        return ContentLibrary.lazily(files, Optional.of(folder.questionnaires()));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Digital Skills Assessment " + AppVersion.current()};
        }
    }
}
