package uk.gov.gcs.digitalskills.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/** {@code validate FILE...}: one line per problem, {@code file: /json/pointer: message}. */
@Command(name = "validate", addMethodSubcommands = false, mixinStandardHelpOptions = true,
        description = "Check questionnaire, objective toolkit and result files.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file is valid", "1:a file has problems", "2:the command was used wrongly"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ContentFiles contentFiles = new ContentFiles();
        ContentLibrary library = Cli.library(contentFiles, cli.dataFolder());
        int invalid = 0;
        for (Path file : files) {
            List<Problem> problems = contentFiles.validate(file, library);
            if (problems.isEmpty()) {
                out.println(file + ": valid");
            } else {
                invalid++;
                problems.forEach(p -> out.println(file + ": " + p));
            }
        }
        return invalid == 0 ? 0 : 1;
    }
}
