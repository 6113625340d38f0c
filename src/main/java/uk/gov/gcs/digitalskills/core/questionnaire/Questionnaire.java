package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A whole questionnaire, already checked by {@link QuestionnaireRules}. {@code schemaVersion} is the file
 * format it was read from (1 or 2); version-2 fields have their version-1 meaning when absent.
 */
public record Questionnaire(String id, String version, String title, String language, Scale scale,
                            List<Level> levels, Profile profile, List<Area> areas, int schemaVersion) {
    public Questionnaire {
        levels = List.copyOf(levels);
        areas = List.copyOf(areas);
    }

    /** A questionnaire in the schemaVersion 1 format. */
    public Questionnaire(String id, String version, String title, String language, Scale scale,
                         List<Level> levels, Profile profile, List<Area> areas) {
        this(id, version, title, language, scale, levels, profile, areas, 1);
    }

    /**
     * Whether "Not relevant to my role" is offered for this item and an {@code "n/a"} answer accepted: only
     * where the scale has that option and the item (or, by default, its area) allows it. The one rule
     * every front end, the importer and the answer checks ask.
     */
    public boolean allowsNotApplicable(Question question) {
        return scale.allowsNotApplicable() && question.allowNotApplicable();
    }

    public QuestionnaireRef ref() {
        return new QuestionnaireRef(id, version);
    }

    /** The areas a person in this role sees, in questionnaire order. */
    public List<Area> areasFor(String roleId) {
        return areas.stream().filter(a -> a.appliesTo(roleId)).toList();
    }

    public Optional<Area> area(String areaId) {
        return areas.stream().filter(a -> a.id().equals(areaId)).findFirst();
    }

    public Optional<Question> question(String questionId) {
        return areas.stream().flatMap(a -> a.questions().stream())
                .filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Area> areaOf(String questionId) {
        return areas.stream().filter(a -> a.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }

    /** The last level, in ascending order, whose minimum is at or below the (already rounded) percent. */
    public Level levelFor(BigDecimal roundedPercent) {
        Level found = levels.get(0);
        for (Level level : levels) {
            if (level.minPercent().compareTo(roundedPercent) <= 0) {
                found = level;
            }
        }
        return found;
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }
}
