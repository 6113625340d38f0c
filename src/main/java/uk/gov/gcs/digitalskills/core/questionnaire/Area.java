package uk.gov.gcs.digitalskills.core.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group of questions about one skill. Core areas make up the overall score; an area with roles is shown
 * only to people in one of those roles. {@code allowNotApplicable} is the area's default for its statements
 * (schemaVersion 2; always true in version-1 files): whether "Not relevant to my role" may be offered at all.
 */
public record Area(String id, String title, String summary, boolean core, List<String> roles,
                   List<Question> questions, Map<String, String> advice, List<LearningResource> learning,
                   boolean allowNotApplicable) {
    public Area {
        roles = List.copyOf(roles);
        questions = List.copyOf(questions);
        advice = Map.copyOf(advice);
        learning = List.copyOf(learning);
    }

    /** An area as schemaVersion 1 knows it: "n/a" allowed wherever the scale offers it. */
    public Area(String id, String title, String summary, boolean core, List<String> roles,
                List<Question> questions, Map<String, String> advice, List<LearningResource> learning) {
        this(id, title, summary, core, roles, questions, advice, learning, true);
    }

    /** Whether someone in this role sees the area; a role of null sees only the areas meant for everyone. */
    public boolean appliesTo(String roleId) {
        return roles.isEmpty() || (roleId != null && roles.contains(roleId));
    }

    public Optional<String> adviceFor(String levelId) {
        return Optional.ofNullable(advice.get(levelId));
    }
}
