package uk.gov.gcs.digitalskills.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.io.pdf.TeamReport;

/**
 * {@code insights --format pdf -o FILE}: writes the team report (DESIGN.md §3.6) with the learning suggestions
 * of the view's questionnaire version, atomically; the command has already checked that {@code output} is given.
 */
final class TeamReportOutput {
    private TeamReportOutput() {
    }

    /** Writes the PDF and returns the exit code: 0 written, 1 not written (the reason printed). */
    static int write(InsightsReport report, int stored, DataFolder folder, Path output, CommandSpec spec) {
        ContentLibrary library = ContentLibrary.load(new ContentFiles(), Optional.of(folder.questionnaires()));
        try {
            new TeamReport(AppVersion.current()).save(report, stored, TeamReport.questionnaireFor(report, library),
                    LocalDate.now(), output);
        } catch (WriteFailedException e) {
            spec.commandLine().getErr().println("digital-skills: " + Failures.describe(e));
            return 1;
        }
        spec.commandLine().getOut().println("Saved " + output);
        return 0;
    }
}
