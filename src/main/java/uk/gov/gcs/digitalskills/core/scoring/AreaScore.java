package uk.gov.gcs.digitalskills.core.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/**
 * The score of one area. {@code percent} is rounded half-up to one decimal; percent and level are empty
 * when the area is not scored (nothing answered counts towards it). The area's figures cover all its items;
 * {@code selfRating} and {@code knowledge} are its two parts, and {@code calibration} compares them (empty
 * when either part is not scored).
 */
public record AreaScore(String areaId, String title, boolean core, BigDecimal points, BigDecimal max,
                        Optional<BigDecimal> percent, Optional<Level> level, PartScore selfRating,
                        PartScore knowledge, Optional<Calibration> calibration) {

    /** An area score without parts, for callers that only need the area's own figures (mostly tests). */
    public AreaScore(String areaId, String title, boolean core, BigDecimal points, BigDecimal max,
                     Optional<BigDecimal> percent, Optional<Level> level) {
        this(areaId, title, core, points, max, percent, level, PartScore.NOT_SCORED, PartScore.NOT_SCORED,
                Optional.empty());
    }

    public boolean scored() {
        return percent.isPresent();
    }
}
