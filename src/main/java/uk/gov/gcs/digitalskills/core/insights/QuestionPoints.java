package uk.gov.gcs.digitalskills.core.insights;

import java.util.OptionalInt;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;

/**
 * The unweighted points of one answer, for the item analysis; empty when the item does not count (no answer,
 * or "n/a"). Delegates to {@link Scorer#points}, the one per-answer rule, so that insights can never score an
 * item differently from the results. Answers must already have passed {@code AnswerRules}.
 */
public final class QuestionPoints {
    private QuestionPoints() {
    }

    public static OptionalInt of(Questionnaire questionnaire, Question question, Answer answer) {
        if (answer == null) {
            return OptionalInt.empty();
        }
        return Scorer.points(questionnaire, question, answer).map(p -> OptionalInt.of(p.points()))
                .orElse(OptionalInt.empty());
    }
}
