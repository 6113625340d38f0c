package uk.gov.gcs.digitalskills.app.export;

import java.util.Optional;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

/**
 * What the Results or objective screen offers for export: the scored result (with the objective, if chosen, in
 * its record) and the objective's template, whose field labels and SMART notes the PDF shows.
 */
public record ExportSubject(ScoredResult result, Optional<ObjectiveTemplate> template) {
}
