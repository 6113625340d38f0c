package uk.gov.gcs.digitalskills.core.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/**
 * The mean of the scored core areas, rounded half-up to one decimal, and its level; and the same mean of
 * each part over the core areas where that part is scored (empty when it is scored in none).
 */
public record OverallScore(BigDecimal percent, Level level, Optional<BigDecimal> selfRatingPercent,
                           Optional<BigDecimal> knowledgePercent) {

    /** An overall without parts (mostly tests). */
    public OverallScore(BigDecimal percent, Level level) {
        this(percent, level, Optional.empty(), Optional.empty());
    }
}
