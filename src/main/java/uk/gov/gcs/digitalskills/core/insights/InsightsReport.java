package uk.gov.gcs.digitalskills.core.insights;

import java.util.List;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/**
 * Aggregates over the stored results the query selects: the overall figures and, when grouped, one
 * summary per group. {@code areas} and {@code levels} are the column headings every summary follows.
 */
public record InsightsReport(InsightsQuery query, List<Layout.AreaInfo> areas, List<Level> levels,
                             GroupSummary overall, List<GroupSummary> groups) {
    /** How many lowest-scoring questions each summary lists. */
    public static final int LOWEST_QUESTIONS = 10;

    public InsightsReport {
        areas = List.copyOf(areas);
        levels = List.copyOf(levels);
        groups = List.copyOf(groups);
    }

    public int minGroupSize() {
        return query.minGroupSize();
    }
}
