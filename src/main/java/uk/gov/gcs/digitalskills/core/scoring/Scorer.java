package uk.gov.gcs.digitalskills.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleQuestion;

/**
 * Scores answers exactly as DESIGN.md §3.2 says, so that other tools can reproduce every figure. All
 * arithmetic is exact ({@link BigDecimal} fractions); rounding happens once, half-up, to one decimal.
 * Answers must already have passed {@code AnswerRules}.
 */
public final class Scorer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {
    }

    public static ScoreReport score(Questionnaire questionnaire, String roleId, Map<String, Answer> answers) {
        List<String> unanswered = new ArrayList<>();
        List<AreaScore> areas = new ArrayList<>();
        // Overalls are means of the exact (unrounded) core percents: each is kept as one fraction.
        Mean overall = new Mean();
        Mean overallSelfRating = new Mean();
        Mean overallKnowledge = new Mean();
        for (Area area : questionnaire.areasFor(roleId)) {
            Sum all = new Sum();
            Sum selfRating = new Sum();
            Sum knowledge = new Sum();
            for (Question question : area.questions()) {
                Answer answer = answers.get(question.id());
                if (answer == null) {
                    unanswered.add(question.id());
                    continue;
                }
                Optional<ItemPoints> item = points(questionnaire, question, answer);
                if (item.isPresent()) {
                    all.add(item.get(), question.weight());
                    (question.knowledge() ? knowledge : selfRating).add(item.get(), question.weight());
                }
            }
            PartScore selfRatingPart = selfRating.part();
            PartScore knowledgePart = knowledge.part();
            Optional<BigDecimal> percent = all.percent();
            areas.add(new AreaScore(area.id(), area.title(), area.core(), plain(all.points), plain(all.max),
                    percent, percent.map(questionnaire::levelFor), selfRatingPart, knowledgePart,
                    Calibration.of(selfRatingPart, knowledgePart)));
            if (area.core()) {
                overall.add(all);
                overallSelfRating.add(selfRating);
                overallKnowledge.add(knowledge);
            }
        }
        Optional<OverallScore> overallScore = overall.percent().map(percent -> new OverallScore(percent,
                questionnaire.levelFor(percent), overallSelfRating.percent(), overallKnowledge.percent()));
        return new ScoreReport(questionnaire.ref(), unanswered.isEmpty(), unanswered, areas, overallScore);
    }

    /**
     * The one per-answer rule (DESIGN.md §3.2): unweighted points and maximum of one answer; empty when
     * "n/a" removes the item. Everything that scores an item (areas, parts, item analysis) goes through here.
     *
     * @throws IllegalArgumentException if the answer names an option the question does not have
     */
    public static Optional<ItemPoints> points(Questionnaire questionnaire, Question question, Answer answer) {
        if (answer instanceof Answer.NotApplicable) {
            return Optional.empty();
        }
        if (question instanceof ScaleQuestion) {
            return Optional.of(new ItemPoints(((Answer.ScaleValue) answer).value(),
                    questionnaire.scale().maxValue()));
        }
        if (question instanceof ChoiceQuestion choice) {
            String picked = ((Answer.Choice) answer).optionId();
            int score = choice.option(picked).orElseThrow(() -> unknownOption(question, picked)).score();
            return Optional.of(new ItemPoints(score, choice.maxScore()));
        }
        MultiQuestion multi = (MultiQuestion) question;
        int correct = 0;
        int incorrect = 0;
        for (String picked : ((Answer.Multi) answer).optionIds()) {
            MultiOption option = multi.option(picked).orElseThrow(() -> unknownOption(question, picked));
            if (option.correct()) {
                correct++;
            } else {
                incorrect++;
            }
        }
        return Optional.of(new ItemPoints(Math.max(0, correct - incorrect), multi.correctCount()));
    }

    private static IllegalArgumentException unknownOption(Question question, String optionId) {
        return new IllegalArgumentException("question '" + question.id() + "' has no option '" + optionId + "'");
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static BigDecimal round(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 1, RoundingMode.HALF_UP);
    }

    /** Weighted points and maximum of a set of items. */
    private static final class Sum {
        private BigDecimal points = BigDecimal.ZERO;
        private BigDecimal max = BigDecimal.ZERO;

        void add(ItemPoints item, BigDecimal weight) {
            points = points.add(BigDecimal.valueOf(item.points()).multiply(weight));
            max = max.add(BigDecimal.valueOf(item.max()).multiply(weight));
        }

        boolean scored() {
            return max.signum() != 0;
        }

        Optional<BigDecimal> percent() {
            return scored() ? Optional.of(round(points.multiply(HUNDRED), max)) : Optional.empty();
        }

        PartScore part() {
            return new PartScore(plain(points), plain(max), percent());
        }
    }

    /** The mean of the exact percents 100·points/max of the scored sums added, as one fraction. */
    private static final class Mean {
        private BigDecimal numerator = BigDecimal.ZERO;
        private BigDecimal denominator = BigDecimal.ONE;
        private int count;

        void add(Sum sum) {
            if (!sum.scored()) {
                return;
            }
            numerator = numerator.multiply(sum.max).add(sum.points.multiply(HUNDRED).multiply(denominator));
            denominator = denominator.multiply(sum.max);
            count++;
        }

        Optional<BigDecimal> percent() {
            return count == 0 ? Optional.empty()
                    : Optional.of(round(numerator, denominator.multiply(BigDecimal.valueOf(count))));
        }
    }
}
