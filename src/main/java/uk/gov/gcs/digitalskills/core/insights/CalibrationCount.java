package uk.gov.gcs.digitalskills.core.insights;

import java.util.Objects;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;

/** How many results in an area of a group are over-rated, aligned or under-rated (DESIGN.md §3.5). */
public record CalibrationCount(Calibration calibration, Count count) {
    public CalibrationCount {
        Objects.requireNonNull(calibration);
        Objects.requireNonNull(count);
    }
}
