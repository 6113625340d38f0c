package uk.gov.gcs.digitalskills.core.insights;

import java.util.List;
import java.util.Optional;

/**
 * The figures of one group (or of everyone, for the overall summary). When the group has fewer results
 * than the minimum, {@code count} is suppressed and the areas, questions and objectives are empty.
 */
public record GroupSummary(String key, String label, Count count, List<AreaSummary> areas,
                           List<QuestionSummary> lowestQuestions, Optional<ObjectivesSummary> objectives) {
    public GroupSummary {
        areas = List.copyOf(areas);
        lowestQuestions = List.copyOf(lowestQuestions);
        if (count.suppressed() && (!areas.isEmpty() || !lowestQuestions.isEmpty() || objectives.isPresent())) {
            throw new IllegalArgumentException("a suppressed group must carry no figures");
        }
    }

    public GroupSummary(String key, String label, Count count, List<AreaSummary> areas,
                        List<QuestionSummary> lowestQuestions) {
        this(key, label, count, areas, lowestQuestions, Optional.empty());
    }
}
