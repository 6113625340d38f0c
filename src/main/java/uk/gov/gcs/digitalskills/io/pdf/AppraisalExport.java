package uk.gov.gcs.digitalskills.io.pdf;

import java.nio.file.Path;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.AtomicFiles;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.io.json.ResultJson;

/**
 * Saving a result, the one way both front ends do it: find the objective's template, make the result file's
 * canonical bytes, make the PDF that embeds them, and write the file atomically (the old file stays whole
 * if anything fails). Used by {@code report} on the command line and by the app's export buttons.
 */
public final class AppraisalExport {
    private final AppraisalReport report;
    private final Optional<ContentLibrary> library;

    /** @param library where objective templates are looked up (the loaded questionnaires and toolkits) */
    public AppraisalExport(String appVersion, ContentLibrary library) {
        this(appVersion, Optional.of(library));
    }

    /** Without a library: templates must be passed in ({@link #writePdf(ScoredResult, Optional, Path)}). */
    public AppraisalExport(String appVersion) {
        this(appVersion, Optional.empty());
    }

    private AppraisalExport(String appVersion, Optional<ContentLibrary> library) {
        this.report = new AppraisalReport(appVersion);
        this.library = library;
    }

    /** The template of the result's objective, whose labels and SMART notes the PDF shows; empty if none. */
    public Optional<ObjectiveTemplate> templateFor(ScoredResult result) {
        return result.record().objective().flatMap(objective -> library.flatMap(l -> l.toolkitFor(
                result.questionnaire().id())).flatMap(toolkit -> toolkit.template(objective.templateId())));
    }

    /** The result file's bytes, as saved and as embedded in the PDF. */
    public byte[] resultFile(ScoredResult result) {
        return ResultJson.toBytes(result.record(), result.scores());
    }

    /** Writes the appraisal PDF, with the template found by {@link #templateFor}. */
    public void writePdf(ScoredResult result, Path target) throws WriteFailedException {
        writePdf(result, templateFor(result), target);
    }

    public void writePdf(ScoredResult result, Optional<ObjectiveTemplate> template, Path target)
            throws WriteFailedException {
        byte[] resultFile = resultFile(result);
        AtomicFiles.write(target, out -> report.write(result, template, resultFile, out));
    }

    public void writeResultFile(ScoredResult result, Path target) throws WriteFailedException {
        AtomicFiles.write(target, resultFile(result));
    }
}
