package uk.gov.gcs.digitalskills.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.multiQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ItemPoints;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.testing.BundledContent;

/** The item analysis scores an item exactly as the results do: QuestionPoints and Scorer agree. */
class QuestionPointsTest {

    @Test
    void simpleCases() {
        Questionnaire q = questionnaire(core("p", scaleQ("p.s"), choiceQ("p.c", 1, 3), multiQ("p.m", true, true, false)));
        assertThat(QuestionPoints.of(q, q.question("p.s").orElseThrow(), new Answer.ScaleValue(3)))
                .isEqualTo(OptionalInt.of(3));
        assertThat(QuestionPoints.of(q, q.question("p.c").orElseThrow(), new Answer.Choice("b")))
                .isEqualTo(OptionalInt.of(3));
        assertThat(QuestionPoints.of(q, q.question("p.m").orElseThrow(), new Answer.Multi(List.of("a", "b", "c"))))
                .isEqualTo(OptionalInt.of(1));
        assertThat(QuestionPoints.of(q, q.question("p.m").orElseThrow(), new Answer.Multi(List.of("c"))))
                .isEqualTo(OptionalInt.of(0));
        assertThat(QuestionPoints.of(q, q.question("p.s").orElseThrow(), Answer.NOT_APPLICABLE)).isEmpty();
        assertThat(QuestionPoints.of(q, q.question("p.s").orElseThrow(), null)).isEmpty();
    }

    @Test
    void agreesWithTheScorerOnRandomAnswersToEveryBundledQuestionnaire() {
        Random random = new Random(12);
        for (Questionnaire q : BundledContent.library().questionnaires()) {
            for (int round = 0; round < 50; round++) {
                Map<String, Answer> answers = new HashMap<>();
                for (Area area : q.areas()) {
                    for (Question question : area.questions()) {
                        Answer answer = random.nextInt(15) == 0 ? null : randomAnswer(random, q, question);
                        if (answer != null) {
                            answers.put(question.id(), answer);
                        }
                        OptionalInt points = QuestionPoints.of(q, question, answer);
                        if (answer == null) {
                            assertThat(points).isEmpty();
                            continue;
                        }
                        assertThat(points).as(question.id()).isEqualTo(Scorer.points(q, question, answer)
                                .map(p -> OptionalInt.of(p.points())).orElse(OptionalInt.empty()));
                    }
                }
                // And the item points, weighted, add up to each area's points as the results show them.
                ScoreReport report = Scorer.score(q, "other", answers);
                for (AreaScore score : report.areas()) {
                    Area area = q.area(score.areaId()).orElseThrow();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Question question : area.questions()) {
                        OptionalInt points = QuestionPoints.of(q, question, answers.get(question.id()));
                        if (points.isPresent()) {
                            sum = sum.add(question.weight().multiply(BigDecimal.valueOf(points.getAsInt())));
                        }
                    }
                    assertThat(sum).as(area.id()).isEqualByComparingTo(score.points());
                }
            }
        }
    }

    @Test
    void itemPointsMaxIsTheItemsMaximum() {
        Questionnaire q = BundledContent.questionnaire();
        for (Area area : q.areas()) {
            for (Question question : area.questions()) {
                int expected = question instanceof ChoiceQuestion c ? c.maxScore()
                        : question instanceof MultiQuestion m ? m.correctCount() : q.scale().maxValue();
                Answer any = randomAnswer(new Random(1), q, question);
                Scorer.points(q, question, any).map(ItemPoints::max)
                        .ifPresent(max -> assertThat(max).as(question.id()).isEqualTo(expected));
            }
        }
    }

    private static Answer randomAnswer(Random random, Questionnaire q, Question question) {
        if (q.allowsNotApplicable(question) && random.nextInt(8) == 0) {
            return Answer.NOT_APPLICABLE;
        }
        if (question instanceof ChoiceQuestion choice) {
            List<ChoiceOption> options = choice.options();
            return new Answer.Choice(options.get(random.nextInt(options.size())).id());
        }
        if (question instanceof MultiQuestion multi) {
            List<String> picked = new ArrayList<>();
            for (MultiOption option : multi.options()) {
                if (random.nextBoolean()) {
                    picked.add(option.id());
                }
            }
            return new Answer.Multi(picked);
        }
        return new Answer.ScaleValue(random.nextInt(q.scale().maxValue() + 1));
    }
}
