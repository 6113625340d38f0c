package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Path;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;

/** Writes the team report PDF for the figures on screen (the app passes io/pdf TeamReport; tests a fake). */
@FunctionalInterface
public interface TeamReportWriter {
    /**
     * @param stored how many results the store holds, whatever the filters
     * @throws Exception a {@code WriteFailedException} with its reason when the file cannot be written
     */
    void write(InsightsReport report, int stored, Path target) throws Exception;
}
