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
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
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
        // The overall is the mean of the exact core percents: keep their sum as one fraction.
        BigDecimal coreNumerator = BigDecimal.ZERO;
        BigDecimal coreDenominator = BigDecimal.ONE;
        int coreCount = 0;
        for (Area area : questionnaire.areasFor(roleId)) {
            BigDecimal points = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            for (Question question : area.questions()) {
                Answer answer = answers.get(question.id());
                if (answer == null) {
                    unanswered.add(question.id());
                    continue;
                }
                Optional<Item> item = item(questionnaire, question, answer);
                if (item.isPresent()) {
                    points = points.add(item.get().points().multiply(question.weight()));
                    max = max.add(item.get().max().multiply(question.weight()));
                }
            }
            if (max.signum() == 0) {
                areas.add(new AreaScore(area.id(), area.title(), area.core(), plain(points), plain(max),
                        Optional.empty(), Optional.empty()));
                continue;
            }
            BigDecimal exactNumerator = points.multiply(HUNDRED);
            BigDecimal percent = exactNumerator.divide(max, 1, RoundingMode.HALF_UP);
            areas.add(new AreaScore(area.id(), area.title(), area.core(), plain(points), plain(max),
                    Optional.of(percent), Optional.of(questionnaire.levelFor(percent))));
            if (area.core()) {
                coreNumerator = coreNumerator.multiply(max).add(exactNumerator.multiply(coreDenominator));
                coreDenominator = coreDenominator.multiply(max);
                coreCount++;
            }
        }
        Optional<OverallScore> overall = Optional.empty();
        if (coreCount > 0) {
            BigDecimal percent = coreNumerator.divide(
                    coreDenominator.multiply(BigDecimal.valueOf(coreCount)), 1, RoundingMode.HALF_UP);
            overall = Optional.of(new OverallScore(percent, questionnaire.levelFor(percent)));
        }
        return new ScoreReport(questionnaire.ref(), unanswered.isEmpty(), unanswered, areas, overall);
    }

    /** Points and maximum of one answered item, before weighting; empty when "n/a" removes it. */
    private static Optional<Item> item(Questionnaire questionnaire, Question question, Answer answer) {
        if (answer instanceof Answer.NotApplicable) {
            return Optional.empty();
        }
        if (question instanceof ScaleQuestion) {
            return Optional.of(new Item(((Answer.ScaleValue) answer).value(), questionnaire.scale().maxValue()));
        }
        if (question instanceof ChoiceQuestion choice) {
            String picked = ((Answer.Choice) answer).optionId();
            int score = choice.option(picked).orElseThrow(() -> unknownOption(question, picked)).score();
            return Optional.of(new Item(score, choice.maxScore()));
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
        return Optional.of(new Item(Math.max(0, correct - incorrect), multi.correctCount()));
    }

    private static IllegalArgumentException unknownOption(Question question, String optionId) {
        return new IllegalArgumentException("question '" + question.id() + "' has no option '" + optionId + "'");
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private record Item(BigDecimal points, BigDecimal max) {
        Item(int points, int max) {
            this(BigDecimal.valueOf(points), BigDecimal.valueOf(max));
        }
    }
}
