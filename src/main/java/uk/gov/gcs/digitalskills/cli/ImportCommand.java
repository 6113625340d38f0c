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
import uk.gov.gcs.digitalskills.core.insights.ImportOutcome;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.insights.InsightsNotes;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;

/** {@code import PATH...}: result files and appraisal PDFs into the insights store, folders recursively. */
@Command(name = "import", addMethodSubcommands = false, mixinStandardHelpOptions = true, description = "Import result files and appraisal PDFs (folders are searched) for insights.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file was imported or already there", "1:a file was rejected, or the store failed",
            "2:the command was used wrongly"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Result files (*.dsa.json), PDFs or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report;
        try {
            report = InsightsService.importInto(cli.dataFolder(), paths);
        } catch (DatabaseException e) {
            spec.commandLine().getErr().println("digital-skills: " + Failures.describe(e));
            return 1;
        }
        // One write for the whole report, not a flush per line: a folder of thousands gives thousands of lines.
        String newLine = System.lineSeparator();
        StringBuilder text = new StringBuilder(100 * report.outcomes().size() + 400);
        for (ImportOutcome outcome : report.outcomes()) {
            text.append(line(outcome)).append(newLine);
        }
        text.append(newLine).append(summary(report)).append(newLine).append(InsightsNotes.anonymised()).append(newLine);
        out.print(text);
        out.flush();
        return report.rejected().isEmpty() ? 0 : 1;
    }

    static String line(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported imported) {
            return "imported   " + imported.file()
                    + (imported.notes().isEmpty() ? "" : " (" + String.join("; ", imported.notes()) + ")");
        }
        if (outcome instanceof ImportOutcome.Duplicate duplicate) {
            return "duplicate  " + duplicate.file() + " (assessment " + duplicate.assessmentId()
                    + " is already imported)";
        }
        if (outcome instanceof ImportOutcome.Conflict conflict) {
            return "conflict   " + conflict.file() + " (assessment " + conflict.assessmentId()
                    + " is already imported with different content; the first one was kept)";
        }
        ImportOutcome.Rejected rejected = (ImportOutcome.Rejected) outcome;
        return "rejected   " + rejected.file() + ": " + rejected.reason().summary() + "; " + rejected.detail();
    }

    static String summary(ImportReport report) {
        return report.imported().size() + " imported, " + report.duplicates().size() + " "
                + plural(report.duplicates().size(), "duplicate", "duplicates") + ", " + report.conflicts().size() + " "
                + plural(report.conflicts().size(), "conflict", "conflicts") + ", " + report.rejected().size()
                + " rejected" + (report.recomputed().isEmpty() ? "" : "; " + report.recomputed().size()
                + " had scores that did not match and were recomputed")
                + (report.objectivesUpdated().isEmpty() ? "" : "; for " + report.objectivesUpdated().size() + " "
                + plural(report.objectivesUpdated().size(), "result", "results")
                + " already imported, only the objective progress was updated") + ".";
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
