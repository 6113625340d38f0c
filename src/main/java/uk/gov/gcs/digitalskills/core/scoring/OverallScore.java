package uk.gov.gcs.digitalskills.core.scoring;

import java.math.BigDecimal;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/** The mean of the scored core areas, rounded half-up to one decimal, and its level. */
public record OverallScore(BigDecimal percent, Level level) {
}
