package uk.gov.gcs.digitalskills.app.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.OptionOrder;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.ItemPoints;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;

/**
 * "Check your knowledge answers", shown only after submission: for each knowledge item (choice and multi) of
 * the areas the person saw, their answer, the best answer, how it scored ({@link Scorer#points}, the one
 * per-answer rule) and the questionnaire's explanation. Options are listed in the order they were shown.
 */
final class KnowledgeReview {
    /**
     * One knowledge item; {@code outcome} says in words how the answer scored, and {@code best} is true when
     * it earned every point (then the best answer need not be shown twice).
     */
    record Item(String questionId, String question, List<String> yourAnswer, List<String> bestAnswer,
                String outcome, boolean best, Optional<String> explanation) {
    }

    /** The knowledge items of one area, in questionnaire order. */
    record AreaItems(String areaId, String title, List<Item> items) {
    }

    private KnowledgeReview() {
    }

    static List<AreaItems> of(Questionnaire questionnaire, AssessmentRecord record, Messages messages) {
        List<AreaItems> areas = new ArrayList<>();
        for (Area area : questionnaire.areasFor(record.respondent().role())) {
            List<Item> items = new ArrayList<>();
            for (Question question : area.questions()) {
                if (question.knowledge()) {
                    items.add(item(questionnaire, record, question, messages));
                }
            }
            if (!items.isEmpty()) {
                areas.add(new AreaItems(area.id(), area.title(), List.copyOf(items)));
            }
        }
        return List.copyOf(areas);
    }

    private static Item item(Questionnaire questionnaire, AssessmentRecord record, Question question,
                             Messages messages) {
        Optional<Answer> answer = Optional.ofNullable(record.answers().get(question.id()));
        List<String> yours = new ArrayList<>();
        List<String> best = new ArrayList<>();
        Optional<String> explanation;
        if (question instanceof ChoiceQuestion choice) {
            String picked = answer.filter(Answer.Choice.class::isInstance).map(a -> ((Answer.Choice) a).optionId())
                    .orElse("");
            for (ChoiceOption option : OptionOrder.shown(record.assessmentId(), choice.id(), choice.shuffle(),
                    choice.options(), ChoiceOption::id)) {
                if (option.id().equals(picked)) {
                    yours.add(option.label());
                }
                if (option.score() == choice.maxScore()) {
                    best.add(option.label());
                }
            }
            explanation = choice.explanation();
        } else {
            MultiQuestion multi = (MultiQuestion) question;
            List<String> picked = answer.filter(Answer.Multi.class::isInstance)
                    .map(a -> ((Answer.Multi) a).optionIds()).orElse(List.of());
            for (MultiOption option : OptionOrder.shown(record.assessmentId(), multi.id(), multi.shuffle(),
                    multi.options(), MultiOption::id)) {
                if (picked.contains(option.id())) {
                    yours.add(option.label());
                }
                if (option.correct()) {
                    best.add(option.label());
                }
            }
            explanation = multi.explanation();
        }
        Optional<ItemPoints> points = answer.flatMap(a -> Scorer.points(questionnaire, question, a));
        boolean gotAll = points.map(p -> p.max() > 0 && p.points() >= p.max()).orElse(false);
        String outcome = outcome(points, messages);
        if (answer.isPresent() && answer.get() instanceof Answer.NotApplicable) {
            yours.add(questionnaire.scale().notApplicableLabel().orElse(messages.get("check.notApplicable")));
        } else if (yours.isEmpty()) {
            yours.add(messages.get("results.review.notAnswered"));
        }
        return new Item(question.id(), question.text(), List.copyOf(yours), List.copyOf(best), outcome, gotAll,
                explanation.filter(e -> !e.isBlank()));
    }

    private static String outcome(Optional<ItemPoints> points, Messages messages) {
        if (points.isEmpty()) {
            return messages.get("results.review.outcome.notCounted");
        }
        ItemPoints p = points.get();
        if (p.max() > 0 && p.points() >= p.max()) {
            return messages.get("results.review.outcome.best");
        }
        if (p.points() > 0) {
            return messages.get("results.review.outcome.partly", p.points(), p.max());
        }
        return messages.get("results.review.outcome.none", p.max());
    }
}
