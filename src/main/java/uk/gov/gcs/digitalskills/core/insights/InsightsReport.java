package uk.gov.gcs.digitalskills.core.insights;

import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/**
 * Aggregates over the stored results the query selects: the overall figures and, when grouped, one
 * summary per group. {@code areas} and {@code levels} are the column headings every summary follows.
 * {@code version} is the one questionnaire version the figures come from (empty when nothing is imported),
 * {@code versions} every version imported, newest first, and {@code analysis} the item analysis of the view.
 */
public record InsightsReport(InsightsQuery query, Optional<String> version, List<String> versions,
                             List<Layout.AreaInfo> areas, List<Level> levels, GroupSummary overall,
                             List<GroupSummary> groups, ItemAnalysis analysis) {
    /** How many lowest-scoring questions each summary lists. */
    public static final int LOWEST_QUESTIONS = 10;

    public InsightsReport {
        versions = List.copyOf(versions);
        areas = List.copyOf(areas);
        levels = List.copyOf(levels);
        groups = List.copyOf(groups);
    }

    /** A report without versions or item analysis (for tests of the figures alone). */
    public InsightsReport(InsightsQuery query, List<Layout.AreaInfo> areas, List<Level> levels, GroupSummary overall,
                          List<GroupSummary> groups) {
        this(query, Optional.empty(), List.of(), areas, levels, overall, groups, ItemAnalysis.empty());
    }

    public int minGroupSize() {
        return query.minGroupSize();
    }
}
