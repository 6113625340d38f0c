package uk.gov.gcs.digitalskills.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;

/**
 * {@code insights --format pdf -o FILE}: writes the team report (DESIGN.md §3.6). The seam between the
 * insights command, which builds the report's figures, and the team report PDF (helper "teamreport" fills in
 * {@link #write}); the command has already checked that {@code output} is given.
 */
final class TeamReportOutput {
    private TeamReportOutput() {
    }

    /** Writes the PDF and returns the exit code: 0 written, 1 not written (the reason printed). */
    static int write(InsightsReport report, Path output, CommandSpec spec) {
        spec.commandLine().getErr().println("digital-skills: the team report is not available in this build yet");
        return 1;
    }
}
