package uk.gov.gcs.digitalskills.core.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group of questions about one skill. Core areas make up the overall score; an area with roles is shown
 * only to people in one of those roles.
 */
public record Area(String id, String title, String summary, boolean core, List<String> roles,
                   List<Question> questions, Map<String, String> advice, List<LearningResource> learning) {
    public Area {
        roles = List.copyOf(roles);
        questions = List.copyOf(questions);
        advice = Map.copyOf(advice);
        learning = List.copyOf(learning);
    }

    /** Whether someone in this role sees the area; a role of null sees only the areas meant for everyone. */
    public boolean appliesTo(String roleId) {
        return roles.isEmpty() || (roleId != null && roles.contains(roleId));
    }

    public Optional<String> adviceFor(String levelId) {
        return Optional.ofNullable(advice.get(levelId));
    }
}
