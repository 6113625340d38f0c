package uk.gov.gcs.digitalskills.core.objective.suggest;

import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;

/**
 * One suggested template and why: the core area it improves, the person's score there, and whether that area
 * is their lowest ({@code fallback} false) or a higher one chosen because the lowest had no fitting template.
 */
public record Suggestion(ObjectiveTemplate template, AreaScore area, boolean fallback) {
}
