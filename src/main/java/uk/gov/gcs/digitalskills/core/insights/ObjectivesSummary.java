package uk.gov.gcs.digitalskills.core.insights;

import java.util.List;

/**
 * A group's objectives (DESIGN.md §3.5): of the {@code results} whose objective facts are known, how many
 * have an objective, how many of those the manager agreed, and how many reached each year-end status. Every
 * count is suppressed like the level counts; when {@code results} is suppressed the rest are empty.
 * Results imported before objective facts were kept (store version 1) are not known and are not counted.
 */
public record ObjectivesSummary(Count results, Count withObjective, Count agreed, List<YearEndCount> yearEnd) {
    public ObjectivesSummary {
        yearEnd = List.copyOf(yearEnd);
    }
}
