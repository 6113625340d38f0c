package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One area within a group: how many results scored it, the mean and median percent, and how many are at
 * each level (in the order of {@link InsightsReport#levels()}). Mean, median and level counts are empty when
 * the area's count is suppressed; a level count below the minimum is itself suppressed. {@code calibration}
 * counts over, aligned and under (in that order), suppressed the same way; it is empty when the area is
 * suppressed or no result in it scored both the self-rating and the knowledge part.
 */
public record AreaSummary(String areaId, String title, boolean core, Count count, Optional<BigDecimal> mean,
                          Optional<BigDecimal> median, List<Count> levelCounts, List<CalibrationCount> calibration) {
    public AreaSummary {
        levelCounts = List.copyOf(levelCounts);
        calibration = List.copyOf(calibration);
        if (count.suppressed() && (mean.isPresent() || median.isPresent() || !levelCounts.isEmpty()
                || !calibration.isEmpty())) {
            throw new IllegalArgumentException("a suppressed area must carry no figures");
        }
    }

    public AreaSummary(String areaId, String title, boolean core, Count count, Optional<BigDecimal> mean,
                       Optional<BigDecimal> median, List<Count> levelCounts) {
        this(areaId, title, core, count, mean, median, levelCounts, List.of());
    }
}
