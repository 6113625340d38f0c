package uk.gov.gcs.digitalskills.core.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/**
 * The score of one area. {@code percent} is rounded half-up to one decimal; percent and level are empty
 * when the area is not scored (nothing answered counts towards it).
 */
public record AreaScore(String areaId, String title, boolean core, BigDecimal points, BigDecimal max,
                        Optional<BigDecimal> percent, Optional<Level> level) {

    public boolean scored() {
        return percent.isPresent();
    }
}
