package uk.gov.gcs.digitalskills.core.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One part of an area's score (DESIGN.md §3.2): the self-rating part (scale items) or the knowledge part
 * (choice and multi items). Weighted points and maximum over that part's answered, applicable items;
 * {@code percent} rounded half-up to one decimal, empty when {@code max} is 0 ("not scored").
 */
public record PartScore(BigDecimal points, BigDecimal max, Optional<BigDecimal> percent) {
    /** A part with no item that counts. */
    public static final PartScore NOT_SCORED = new PartScore(BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty());

    public boolean scored() {
        return percent.isPresent();
    }
}
