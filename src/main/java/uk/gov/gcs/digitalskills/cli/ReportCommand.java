package uk.gov.gcs.digitalskills.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.io.json.ScoredResults;
import uk.gov.gcs.digitalskills.io.pdf.AppraisalExport;

/** {@code report RESULT -o OUT.pdf}: the appraisal PDF of a complete result (issue 6). */
@Command(name = "report", addMethodSubcommands = false, mixinStandardHelpOptions = true,
        description = "Write the appraisal PDF of a complete result file.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the PDF was written", "1:the result cannot be reported or the PDF cannot be saved",
                "2:the command was used wrongly"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    QuestionnaireOption questionnaireOption;

    @Parameters(index = "0", paramLabel = "RESULT", description = "A complete result file (*.dsa.json).")
    Path result;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf",
            description = "Where to write the PDF. An existing file is replaced only once the new one is complete.")
    Path output;

    @Override
    public Integer call() {
        try {
            ContentFiles files = new ContentFiles();
            ContentLibrary library = Cli.library(files, cli.dataFolder());
            ScoredResult scored = questionnaireOption.questionnaire == null
                    ? ScoredResults.read(result, files, library)
                    : questionnaireOption.read(result, cli.dataFolder());
            if (!scored.scores().complete()) {
                int missing = scored.scores().unanswered().size();
                spec.commandLine().getErr().println(result + ": this result is not complete (" + missing
                        + (missing == 1 ? " question is" : " questions are") + " unanswered, such as "
                        + scored.scores().unanswered().get(0) + "). Finish the assessment, then make the report.");
                return 1;
            }
            if (Files.isDirectory(output)) {
                spec.commandLine().getErr().println(output + " is a folder. Give a file name for the PDF, such as "
                        + output.resolve("report.pdf") + ".");
                return 1;
            }
            new AppraisalExport(AppVersion.current(), library).writePdf(scored, output);
            spec.commandLine().getOut().println("Wrote " + output);
            return 0;
        } catch (BadFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } catch (WriteFailedException e) {
            spec.commandLine().getErr().println(Failures.describe(e));
            return 1;
        }
    }
}
