package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleQuestion;

/**
 * What insights need to know of one questionnaire version: its areas, questions (with their maximum
 * points), levels and profile labels, in questionnaire order. Stored with the imported results, so that
 * figures can be shown even if the questionnaire file is later removed. {@link ResultFigures} are
 * arrays in this order.
 */
public record Layout(QuestionnaireRef ref, List<AreaInfo> areas, List<QuestionInfo> questions, List<Level> levels,
                     Map<String, String> roles, Map<String, String> grades, Map<String, String> organisations) {

    public record AreaInfo(String id, String title, boolean core) {
    }

    /** Which part of an area a question belongs to (DESIGN.md §3.2); UNKNOWN in layouts stored before it was kept. */
    public enum Part { SELF_RATING, KNOWLEDGE, UNKNOWN }

    /**
     * {@code max} is the unweighted maximum points of the question (weight cancels out in a share);
     * {@code weight} multiplies points and maximum for the item analysis and calibration.
     */
    public record QuestionInfo(String id, String areaId, String text, int max, BigDecimal weight, Part part) {
        public QuestionInfo {
            java.util.Objects.requireNonNull(weight);
            java.util.Objects.requireNonNull(part);
        }

        /** As stored before weights and parts were kept: weight 1, part unknown. */
        public QuestionInfo(String id, String areaId, String text, int max) {
            this(id, areaId, text, max, BigDecimal.ONE, Part.UNKNOWN);
        }
    }

    /** Whether every question's part is known (layouts stored before store version 2 may not know it). */
    public boolean complete() {
        return questions.stream().noneMatch(q -> q.part() == Part.UNKNOWN);
    }

    public Layout {
        areas = List.copyOf(areas);
        questions = List.copyOf(questions);
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a layout needs at least one level");
        }
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        grades = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        organisations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
    }

    public static Layout of(Questionnaire questionnaire) {
        List<AreaInfo> areas = questionnaire.areas().stream()
                .map(a -> new AreaInfo(a.id(), a.title(), a.core())).toList();
        List<QuestionInfo> questions = new java.util.ArrayList<>();
        for (Area area : questionnaire.areas()) {
            for (Question question : area.questions()) {
                questions.add(new QuestionInfo(question.id(), area.id(), question.text(),
                        maxPoints(questionnaire, question), question.weight(),
                        question instanceof ScaleQuestion ? Part.SELF_RATING : Part.KNOWLEDGE));
            }
        }
        return new Layout(questionnaire.ref(), areas, questions, questionnaire.levels(),
                labels(questionnaire.profile().roles()), labels(questionnaire.profile().grades()),
                labels(questionnaire.profile().organisations()));
    }

    /** The unweighted maximum of a question, as DESIGN.md §3.2 defines it. */
    static int maxPoints(Questionnaire questionnaire, Question question) {
        if (question instanceof ChoiceQuestion choice) {
            return choice.maxScore();
        }
        if (question instanceof MultiQuestion multi) {
            return multi.correctCount();
        }
        return questionnaire.scale().maxValue();
    }

    private static Map<String, String> labels(List<ProfileEntry> entries) {
        Map<String, String> labels = new LinkedHashMap<>();
        entries.forEach(e -> labels.put(e.id(), e.label()));
        return labels;
    }

    public int areaIndex(String areaId) {
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).id().equals(areaId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<AreaInfo> area(String areaId) {
        int i = areaIndex(areaId);
        return i < 0 ? Optional.empty() : Optional.of(areas.get(i));
    }
}
