package uk.gov.gcs.digitalskills.core.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How an area's self-ratings compare with its knowledge questions (DESIGN.md §3.2): the rounded self-rating
 * percent minus the rounded knowledge percent, {@code over} at +25.0 or more, {@code under} at −25.0 or less.
 */
public enum Calibration {
    OVER("over"), ALIGNED("aligned"), UNDER("under");

    /** The gap, in percentage points, at which self-ratings and knowledge are said to disagree. */
    public static final BigDecimal THRESHOLD = new BigDecimal("25.0");

    private final String id;

    Calibration(String id) {
        this.id = id;
    }

    /** The id used in {@code score}'s JSON and result files. */
    public String id() {
        return id;
    }

    /** The calibration of two parts; empty when either is not scored. */
    public static Optional<Calibration> of(PartScore selfRating, PartScore knowledge) {
        if (!selfRating.scored() || !knowledge.scored()) {
            return Optional.empty();
        }
        BigDecimal gap = selfRating.percent().orElseThrow().subtract(knowledge.percent().orElseThrow());
        if (gap.compareTo(THRESHOLD) >= 0) {
            return Optional.of(OVER);
        }
        if (gap.compareTo(THRESHOLD.negate()) <= 0) {
            return Optional.of(UNDER);
        }
        return Optional.of(ALIGNED);
    }

    public static Optional<Calibration> fromId(String id) {
        for (Calibration c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
