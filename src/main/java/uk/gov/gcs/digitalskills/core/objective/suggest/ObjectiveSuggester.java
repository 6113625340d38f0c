package uk.gov.gcs.digitalskills.core.objective.suggest;

import java.util.ArrayList;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.ToolkitRules;
import java.util.Comparator;
import java.util.List;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * Which templates to suggest (DESIGN.md §3.3, issue 5): take the scored core areas from lowest percent to
 * highest (ties in questionnaire order); in the first area that has any, offer the templates of that area
 * whose levels include the person's level there and whose roles are empty or include the person's role,
 * role-specific ones first, otherwise in toolkit order, at most three. Templates that break the toolkit
 * rules are never offered. Deterministic: the same inputs give the same list.
 */
public final class ObjectiveSuggester {
    public static final int MAX_SUGGESTIONS = 3;

    private ObjectiveSuggester() {
    }

    public static List<Suggestion> suggest(Questionnaire questionnaire, ScoreReport scores, ObjectiveToolkit toolkit,
                                           String roleId) {
        List<AreaScore> areas = coreAreasWeakestFirst(questionnaire, scores);
        for (int i = 0; i < areas.size(); i++) {
            AreaScore area = areas.get(i);
            List<ObjectiveTemplate> fitting = fittingTemplates(toolkit, area, roleId);
            if (!fitting.isEmpty()) {
                boolean fallback = i > 0;
                return fitting.stream().limit(MAX_SUGGESTIONS).map(t -> new Suggestion(t, area, fallback)).toList();
            }
        }
        return List.of();
    }

    /** Scored core areas, lowest percent first; equal percents keep questionnaire order. */
    static List<AreaScore> coreAreasWeakestFirst(Questionnaire questionnaire, ScoreReport scores) {
        List<String> order = questionnaire.areas().stream().map(a -> a.id()).toList();
        return scores.areas().stream()
                .filter(a -> a.core() && a.scored())
                .sorted(Comparator.comparing((AreaScore a) -> a.percent().orElseThrow())
                        .thenComparingInt(a -> position(order, a.areaId())))
                .toList();
    }

    private static int position(List<String> order, String areaId) {
        int index = order.indexOf(areaId);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** Templates of the area for the person's level and role, role-specific first, then toolkit order. */
    static List<ObjectiveTemplate> fittingTemplates(ObjectiveToolkit toolkit, AreaScore area, String roleId) {
        String levelId = area.level().map(Level::id).orElse(null);
        List<ObjectiveTemplate> forRole = new ArrayList<>();
        List<ObjectiveTemplate> general = new ArrayList<>();
        for (ObjectiveTemplate template : offerable(toolkit)) {
            if (!template.area().equals(area.areaId()) || !template.levels().contains(levelId)
                    || !suits(template, roleId)) {
                continue;
            }
            (template.roles().isEmpty() ? general : forRole).add(template);
        }
        forRole.addAll(general);
        return forRole;
    }

    /** The toolkit's templates that pass {@link ToolkitRules#checkTemplate}, in toolkit order. */
    public static List<ObjectiveTemplate> offerable(ObjectiveToolkit toolkit) {
        return toolkit.templates().stream().filter(t -> ToolkitRules.checkTemplate(t).isEmpty()).toList();
    }

    /** Every offerable template a person in this role may use (roles empty or including theirs), toolkit order. */
    public static List<ObjectiveTemplate> availableTo(ObjectiveToolkit toolkit, String roleId) {
        return offerable(toolkit).stream().filter(t -> suits(t, roleId)).toList();
    }

    /** Roles empty, or including the person's; a person with no role gets only the general templates. */
    static boolean suits(ObjectiveTemplate template, String roleId) {
        return template.roles().isEmpty() || (roleId != null && template.roles().contains(roleId));
    }
}
