package uk.gov.gcs.digitalskills.app.insights;

import java.time.Clock;
import java.time.LocalDate;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.export.DesktopActions;
import uk.gov.gcs.digitalskills.app.export.SaveDialog;
import uk.gov.gcs.digitalskills.app.export.SavedFile;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;

/**
 * "Download team report": saves the PDF of the figures on screen through {@link SavedFile}, the same steps as
 * the appraisal PDF's export (ask where, write on the jobs lane with a busy line, then a confirmation with
 * "Open" and "Show in folder", or one sentence and details to copy saying what went wrong).
 */
public final class ReportDownload {
    private static final SavedFile.Kind TEAM_REPORT = new SavedFile.Kind("insights.report.dialogTitle",
            "insights.report.dialogFilter", ".pdf", "insights.report.busy", "insights.report.done",
            "insights.report.error");

    private final Clock clock;
    private final TeamReportWriter writer;
    private final SavedFile file;

    ReportDownload(Background background, ErrorPresenter errors, Messages messages, Clock clock,
                   TeamReportWriter writer, DesktopActions desktop) {
        this.clock = clock;
        this.writer = writer;
        this.file = new SavedFile(messages, background, errors, desktop);
    }

    /** The file name the save dialog suggests, dated today. */
    public String suggestedName() {
        return "team-digital-skills-report-" + LocalDate.now(clock) + ".pdf";
    }

    /** Does nothing while a report is being written, or when there are no figures to write. */
    void start(SaveDialog dialog, InsightsReport figures, int storedResults) {
        if (figures == null) {
            return;
        }
        file.save(dialog, TEAM_REPORT, suggestedName(), target -> writer.write(figures, storedResults, target));
    }

    /** The saved report's state and its "Open" and "Show in folder", which the Download section shows. */
    public SavedFile file() {
        return file;
    }
}
