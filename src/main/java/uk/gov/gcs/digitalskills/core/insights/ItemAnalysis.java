package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;
import java.util.List;

/** The item analysis of a view (DESIGN.md §3.5): one entry per area of the view's questionnaire version. */
public record ItemAnalysis(int minimumResults, List<AreaAnalysis> areas) {
    /** The fewest listwise results an area needs before its item analysis is shown. */
    public static final int MINIMUM_RESULTS = 30;
    public static final BigDecimal LOW_DISCRIMINATION = new BigDecimal("0.20");
    public static final BigDecimal LOW_RELIABILITY = new BigDecimal("0.70");

    public ItemAnalysis {
        areas = List.copyOf(areas);
    }

    public static ItemAnalysis empty() {
        return new ItemAnalysis(MINIMUM_RESULTS, List.of());
    }
}
