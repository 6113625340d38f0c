package uk.gov.gcs.digitalskills.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.multiQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.nonCore;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/** The self-rating and knowledge parts, calibration and the overall parts (DESIGN.md §3.2). */
class ScorerPartsTest {

    private static Map<String, Answer> answers(Object... idAndAnswer) {
        Map<String, Answer> map = new HashMap<>();
        for (int i = 0; i < idAndAnswer.length; i += 2) {
            map.put((String) idAndAnswer[i], (Answer) idAndAnswer[i + 1]);
        }
        return map;
    }

    private static Answer scale(int v) {
        return new Answer.ScaleValue(v);
    }

    private static Answer choice(String id) {
        return new Answer.Choice(id);
    }

    private static Optional<BigDecimal> pct(String value) {
        return Optional.of(new BigDecimal(value));
    }

    /** A choice question whose option "a" scores {@code score} out of a best option worth {@code max}. */
    private static ChoiceQuestion knowledgeOf(String id, int score, int max, String weight) {
        return new ChoiceQuestion(id, "Which " + id, Optional.empty(), new BigDecimal(weight),
                List.of(new ChoiceOption("a", "Picked", score), new ChoiceOption("b", "Best", max)));
    }

    @Nested
    class Parts {
        @Test
        void scaleItemsAreTheSelfRatingAndChoiceAndMultiItemsTheKnowledge() {
            Questionnaire q = questionnaire(core("p", scaleQ("p.s", "2"), knowledgeOf("p.c", 1, 4, "1.5"),
                    multiQ("p.m", true, true, false)));
            AreaScore area = Scorer.score(q, null, answers("p.s", scale(3), "p.c", choice("a"),
                    "p.m", new Answer.Multi(List.of("a")))).areas().get(0);
            // Self-rating: 2 x 3 of 2 x 4. Knowledge: 1.5 x 1 + 1 of 1.5 x 4 + 2.
            assertThat(area.selfRating()).isEqualTo(new PartScore(new BigDecimal("6"), new BigDecimal("8"),
                    pct("75.0")));
            assertThat(area.knowledge()).isEqualTo(new PartScore(new BigDecimal("2.5"), new BigDecimal("8"),
                    pct("31.3")));
            // The area's own figures are unchanged: all its items together.
            assertThat(area.points()).isEqualByComparingTo("8.5");
            assertThat(area.max()).isEqualByComparingTo("16");
            assertThat(area.percent()).isEqualTo(pct("53.1"));
        }

        @Test
        void aPartWithNothingThatCountsIsNotScored() {
            Questionnaire q = questionnaire(core("s", scaleQ("s.a")), core("k", choiceQ("k.c", 0, 2)));
            ScoreReport report = Scorer.score(q, null, answers("s.a", scale(4), "k.c", choice("b")));
            assertThat(report.areas().get(0).knowledge()).isEqualTo(PartScore.NOT_SCORED);
            assertThat(report.areas().get(0).knowledge().points()).isEqualTo(BigDecimal.ZERO);
            assertThat(report.areas().get(1).selfRating().scored()).isFalse();
            assertThat(report.areas().get(1).knowledge().percent()).isEqualTo(pct("100.0"));
        }

        @Test
        void notApplicableWhereAllowedRemovesTheStatementFromTheSelfRatingPart() {
            Questionnaire q = questionnaire(core("p", scaleQ("p.a"), scaleQ("p.b"), choiceQ("p.c", 0, 4)));
            AreaScore area = Scorer.score(q, null, answers("p.a", scale(1), "p.b", Answer.NOT_APPLICABLE,
                    "p.c", choice("b"))).areas().get(0);
            assertThat(area.selfRating()).isEqualTo(new PartScore(BigDecimal.ONE, new BigDecimal("4"),
                    pct("25.0")));
            assertThat(area.calibration()).contains(Calibration.UNDER);
        }

        @Test
        void allSelfRatingsNotApplicableLeavesTheSelfRatingPartNotScoredAndNoCalibration() {
            Questionnaire q = questionnaire(core("p", scaleQ("p.a"), choiceQ("p.c", 0, 4)));
            AreaScore area = Scorer.score(q, null, answers("p.a", Answer.NOT_APPLICABLE, "p.c", choice("b")))
                    .areas().get(0);
            assertThat(area.selfRating().scored()).isFalse();
            assertThat(area.scored()).isTrue();
            assertThat(area.calibration()).isEmpty();
        }

        @Test
        void unansweredItemsAreLeftOutOfTheirPart() {
            Questionnaire q = questionnaire(core("p", scaleQ("p.a"), choiceQ("p.c", 0, 4)));
            AreaScore area = Scorer.score(q, null, answers("p.a", scale(2))).areas().get(0);
            assertThat(area.selfRating().percent()).isEqualTo(pct("50.0"));
            assertThat(area.knowledge().scored()).isFalse();
            assertThat(area.calibration()).isEmpty();
        }
    }

    @Nested
    class CalibrationEdges {
        /**
         * Self-rating 100.0% (one statement at the top) against a knowledge part of score/max; the gap is taken
         * between the ROUNDED parts.
         */
        @ParameterizedTest(name = "knowledge {0}/{1} -> {2}, {3}")
        @CsvSource({
            "750, 1000, 75.0, over",       // gap exactly 25.0
            "751, 1000, 75.1, aligned",    // gap 24.9
            "7504, 10000, 75.0, over",     // exact gap 24.96 rounds to 25.0
            "7505, 10000, 75.1, aligned",  // exact gap 24.95: knowledge rounds up to 75.1, gap 24.9
            "0, 4, 0.0, over",
            "1000, 1000, 100.0, aligned"
        })
        void againstATopSelfRating(int score, int max, String knowledge, String expected) {
            Questionnaire q = questionnaire(core("p", scaleQ("p.s"), knowledgeOf("p.k", score, max, "1")));
            AreaScore area = Scorer.score(q, null, answers("p.s", scale(4), "p.k", choice("a"))).areas().get(0);
            assertThat(area.knowledge().percent()).isEqualTo(pct(knowledge));
            assertThat(area.calibration().map(Calibration::id)).contains(expected);
        }

        /** Self-rating 0.0% against a knowledge part of score/max. */
        @ParameterizedTest(name = "knowledge {0}/{1} -> {2}, {3}")
        @CsvSource({
            "250, 1000, 25.0, under",      // gap exactly -25.0
            "249, 1000, 24.9, aligned",    // gap -24.9
            "2495, 10000, 25.0, under",    // exact gap -24.95 rounds to -25.0
            "2494, 10000, 24.9, aligned",  // exact gap -24.94 rounds to -24.9
            "0, 4, 0.0, aligned"
        })
        void againstABottomSelfRating(int score, int max, String knowledge, String expected) {
            Questionnaire q = questionnaire(core("p", scaleQ("p.s"), knowledgeOf("p.k", score, max, "1")));
            AreaScore area = Scorer.score(q, null, answers("p.s", scale(0), "p.k", choice("a"))).areas().get(0);
            assertThat(area.knowledge().percent()).isEqualTo(pct(knowledge));
            assertThat(area.calibration().map(Calibration::id)).contains(expected);
        }

        @Test
        void theSelfRatingIsRoundedBeforeTheGapToo() {
            // Self-rating 1 of 4 at weight 0.999 and 4 of 4 at weight 0.001: exactly 25.075% -> 25.1.
            Questionnaire q = questionnaire(core("p", scaleQ("p.a", "0.999"), scaleQ("p.b", "0.001"),
                    knowledgeOf("p.k", 1, 1000, "1")));
            AreaScore area = Scorer.score(q, null, answers("p.a", scale(1), "p.b", scale(4), "p.k", choice("a")))
                    .areas().get(0);
            assertThat(area.selfRating().percent()).isEqualTo(pct("25.1"));
            assertThat(area.knowledge().percent()).isEqualTo(pct("0.1"));
            // 25.1 - 0.1 = 25.0: over, though the exact gap is 24.975.
            assertThat(area.calibration()).contains(Calibration.OVER);
        }

        @Test
        void calibrationOfPartsDirectly() {
            PartScore top = new PartScore(BigDecimal.ONE, BigDecimal.ONE, pct("100.0"));
            assertThat(Calibration.of(top, new PartScore(BigDecimal.ONE, BigDecimal.ONE, pct("75.0"))))
                    .contains(Calibration.OVER);
            assertThat(Calibration.of(top, PartScore.NOT_SCORED)).isEmpty();
            assertThat(Calibration.of(PartScore.NOT_SCORED, top)).isEmpty();
            assertThat(Calibration.fromId("under")).contains(Calibration.UNDER);
            assertThat(Calibration.fromId("high")).isEmpty();
            assertThat(List.of(Calibration.values())).extracting(Calibration::id)
                    .containsExactly("over", "aligned", "under");
        }
    }

    @Nested
    class OverallParts {
        @Test
        void areMeansOfTheUnroundedPartPercentsOfTheCoreAreasWhereThePartIsScored() {
            // Knowledge: 0.05% (rounds to 0.1) and 0%: the exact mean 0.025 gives 0.0, the mean of rounded 0.1.
            // Self-rating: 100% in "a"; "b" has its statement "n/a" so it is left out, not counted as 0.
            // The non-core area "c" counts in neither.
            Questionnaire q = questionnaire(
                    core("a", scaleQ("a.s"), knowledgeOf("a.k", 1, 2000, "1")),
                    core("b", scaleQ("b.s"), choiceQ("b.k", 0, 4)),
                    nonCore("c", scaleQ("c.s"), choiceQ("c.k", 0, 4)));
            ScoreReport report = Scorer.score(q, null, answers("a.s", scale(4), "a.k", choice("a"),
                    "b.s", Answer.NOT_APPLICABLE, "b.k", choice("a"), "c.s", scale(0), "c.k", choice("b")));
            assertThat(report.areas().get(0).knowledge().percent()).isEqualTo(pct("0.1"));
            OverallScore overall = report.overall().orElseThrow();
            assertThat(overall.knowledgePercent()).isEqualTo(pct("0.0"));
            assertThat(overall.selfRatingPercent()).isEqualTo(pct("100.0"));
        }

        @Test
        void thirdsAverageExactly() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s"), multiQ("a.m", true, true, true)),
                    core("b", scaleQ("b.s"), multiQ("b.m", true, true, true)));
            ScoreReport report = Scorer.score(q, null, answers("a.s", scale(1), "b.s", scale(2),
                    "a.m", new Answer.Multi(List.of("a", "b")), "b.m", new Answer.Multi(List.of("a"))));
            assertThat(report.overall().orElseThrow().knowledgePercent()).isEqualTo(pct("50.0"));
            assertThat(report.overall().orElseThrow().selfRatingPercent()).isEqualTo(pct("37.5"));
        }

        @Test
        void aPartScoredInNoCoreAreaIsEmptyWhileTheOverallIsNot() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s")), nonCore("b", choiceQ("b.k", 0, 4)));
            ScoreReport report = Scorer.score(q, null, answers("a.s", scale(3), "b.k", choice("b")));
            OverallScore overall = report.overall().orElseThrow();
            assertThat(overall.percent()).isEqualByComparingTo("75.0");
            assertThat(overall.selfRatingPercent()).isEqualTo(pct("75.0"));
            assertThat(overall.knowledgePercent()).isEmpty();
        }

        @Test
        void theOverallItselfIsStillTheMeanOfTheAreaPercents() {
            // Area a: 4/4 self + 0/4 knowledge = 50%; area b: 0/4 self = 0%. Overall 25.0, not a mean of parts.
            Questionnaire q = questionnaire(core("a", scaleQ("a.s"), choiceQ("a.k", 0, 4)), core("b", scaleQ("b.s")));
            ScoreReport report = Scorer.score(q, null, answers("a.s", scale(4), "a.k", choice("a"),
                    "b.s", scale(0)));
            OverallScore overall = report.overall().orElseThrow();
            assertThat(overall.percent()).isEqualByComparingTo("25.0");
            assertThat(overall.selfRatingPercent()).isEqualTo(pct("50.0"));
            assertThat(overall.knowledgePercent()).isEqualTo(pct("0.0"));
        }
    }
}
