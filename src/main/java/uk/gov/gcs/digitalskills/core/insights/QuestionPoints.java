package uk.gov.gcs.digitalskills.core.insights;

import java.util.OptionalInt;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;

/**
 * The unweighted points of one answer, by the rules of DESIGN.md §3.2; empty when the item does not count
 * ("n/a"). Answers must already have passed {@code AnswerRules}.
 */
public final class QuestionPoints {
    private QuestionPoints() {
    }

    public static OptionalInt of(Question question, Answer answer) {
        if (answer == null || answer instanceof Answer.NotApplicable) {
            return OptionalInt.empty();
        }
        if (question instanceof ChoiceQuestion choice) {
            String picked = ((Answer.Choice) answer).optionId();
            return OptionalInt.of(choice.option(picked).orElseThrow(
                    () -> new IllegalArgumentException("no option '" + picked + "' in " + question.id())).score());
        }
        if (question instanceof MultiQuestion multi) {
            int correct = 0;
            int incorrect = 0;
            for (String picked : ((Answer.Multi) answer).optionIds()) {
                MultiOption option = multi.option(picked).orElseThrow(
                        () -> new IllegalArgumentException("no option '" + picked + "' in " + question.id()));
                if (option.correct()) {
                    correct++;
                } else {
                    incorrect++;
                }
            }
            return OptionalInt.of(Math.max(0, correct - incorrect));
        }
        return OptionalInt.of(((Answer.ScaleValue) answer).value());
    }
}
