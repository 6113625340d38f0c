package uk.gov.gcs.digitalskills.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.SchemaCheck;
import uk.gov.gcs.digitalskills.io.pdf.AppraisalReport;

/**
 * {@code digital-skills <command>}: the same program without a window. Commands never start the JavaFX
 * toolkit; with options but no command the window opens (through {@code windowLauncher}).
 */
// Every command says addMethodSubcommands = false: none has command methods, and picocli would otherwise read the
// annotations of all of a command's methods to look for them (about 10 ms of a cold start, issue 15).
@Command(name = "digital-skills", addMethodSubcommands = false, mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Assess your digital skills, or work with questionnaires and results from the command line.")
public final class Cli implements Callable<Integer> {
    /** The commands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("validate", ValidateCommand::new);
        COMMANDS.put("score", ScoreCommand::new);
        COMMANDS.put("suggest", SuggestCommand::new);
        COMMANDS.put("report", ReportCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("insights", InsightsCommand::new);
        COMMANDS.put("response", ResponseCommand::new);
    }

    /**
     * What a command will need whatever its arguments say, started on the second core as soon as its name is
     * known, while the main thread builds the command and reads the input (issue 15): for {@code report} the
     * JSON mapper, the result file's schemas and iText, in the order the command needs them ({@code score} is
     * over too soon to gain from it; docs/benchmarks.md, "Cold start", has what each is worth).
     */
    private static final Map<String, Runnable> PREPARE = Map.of(
            "report", () -> {
                JsonSupport.mapper();
                SchemaCheck.prepareResults();
                AppraisalReport.prepare();
            });

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
        // The preparation first: picocli takes about 25 ms to read the root command's annotations (issue 15).
        Optional<String> named = commandName(args);
        named.map(PREPARE::get).ifPresent(CompletableFuture::runAsync);
        CommandLine commandLine = new CommandLine(new Cli(windowLauncher));
        // picocli reads every command's annotations when it is added, a few milliseconds each from cold: a run
        // that names a command gets only that one (issue 15); help, a mistyped name or none get them all.
        COMMANDS.forEach((name, command) -> {
            if (named.isEmpty() || named.get().equals(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new Unexpected());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command the arguments name: the first word that is not an option of its own or {@code --data-dir}'s. */
    static Optional<String> commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return COMMANDS.containsKey(args[i]) ? Optional.of(args[i]) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Content bundled in the app plus any in the data folder; toolkits are read only if the command asks. */
    static ContentLibrary library(ContentFiles files, DataFolder folder) {
        return ContentLibrary.lazily(files, Optional.of(folder.questionnaires()));
    }

    /**
     * What a command did not expect. A class, not a lambda: picocli's interfaces are Java 5 class files, which
     * the AppCDS archive cannot hold lambdas for, so a lambda here would be made with ASM at every start.
     */
    private static final class Unexpected implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            cmd.getErr().println("digital-skills: something went wrong that should not have: " + e
                    + ". Please report this with the command you ran.");
            return 1;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Digital Skills Assessment " + AppVersion.current()};
        }
    }
}
