package uk.gov.gcs.digitalskills.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.forRole;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.multiQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.nonCore;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

class ScorerTest {

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

    private static Answer multi(String... ids) {
        return new Answer.Multi(List.of(ids));
    }

    private static AreaScore only(Questionnaire q, Map<String, Answer> answers) {
        return Scorer.score(q, null, answers).areas().get(0);
    }

    @Nested
    class Items {
        @Test
        void scalePointsAreTheValueAndMaxIsTheTopOfTheScale() {
            AreaScore area = only(questionnaire(core("p", scaleQ("p.a"))), answers("p.a", scale(3)));
            assertThat(area.points()).isEqualByComparingTo("3");
            assertThat(area.max()).isEqualByComparingTo("4");
            assertThat(area.percent()).contains(new BigDecimal("75.0"));
        }

        @Test
        void choiceMaxIsTheHighestOptionScoreWhateverItsPosition() {
            AreaScore area = only(questionnaire(core("p", choiceQ("p.c", 1, 3, 0))), answers("p.c", choice("a")));
            assertThat(area.points()).isEqualByComparingTo("1");
            assertThat(area.max()).isEqualByComparingTo("3");
            assertThat(area.percent()).contains(new BigDecimal("33.3"));
        }

        @Test
        void multiTwoOfThreeCorrectIs66Point7() {
            AreaScore area = only(questionnaire(core("p", multiQ("p.m", true, true, true, false))),
                    answers("p.m", multi("a", "b")));
            assertThat(area.percent()).contains(new BigDecimal("66.7"));
        }

        @Test
        void multiSubtractsIncorrectPicks() {
            AreaScore area = only(questionnaire(core("p", multiQ("p.m", true, true, false, false))),
                    answers("p.m", multi("a", "b", "c")));
            assertThat(area.points()).isEqualByComparingTo("1");
            assertThat(area.max()).isEqualByComparingTo("2");
        }

        @Test
        void multiIsFlooredAtZero() {
            AreaScore area = only(questionnaire(core("p", multiQ("p.m", true, false, false))),
                    answers("p.m", multi("a", "b", "c")));
            assertThat(area.points()).isEqualByComparingTo("0");
            assertThat(area.max()).isEqualByComparingTo("1");
            assertThat(area.percent()).contains(new BigDecimal("0.0"));
        }

        @Test
        void multiWithNothingPickedIsAnsweredAndScoresZero() {
            Questionnaire q = questionnaire(core("p", multiQ("p.m", true, false)));
            ScoreReport report = Scorer.score(q, null, answers("p.m", multi()));
            assertThat(report.complete()).isTrue();
            assertThat(report.areas().get(0).percent()).contains(new BigDecimal("0.0"));
        }

        @Test
        void weightMultipliesPointsAndMax() {
            Questionnaire q = questionnaire(core("p", scaleQ("p.a", "2"), scaleQ("p.b")));
            AreaScore area = only(q, answers("p.a", scale(4), "p.b", scale(0)));
            assertThat(area.points()).isEqualByComparingTo("8");
            assertThat(area.max()).isEqualByComparingTo("12");
            assertThat(area.percent()).contains(new BigDecimal("66.7"));
        }

        @Test
        void fractionalWeightsStayExact() {
            Questionnaire q = questionnaire(core("p", scaleQ("p.a", "0.5"), scaleQ("p.b", "1.5")));
            AreaScore area = only(q, answers("p.a", scale(1), "p.b", scale(3)));
            assertThat(area.points()).isEqualByComparingTo("5");
            assertThat(area.max()).isEqualByComparingTo("8");
            assertThat(area.percent()).contains(new BigDecimal("62.5"));
        }

        @Test
        void notApplicableRemovesTheItem() {
            AreaScore area = only(questionnaire(core("p", scaleQ("p.a"), scaleQ("p.b"))),
                    answers("p.a", scale(2), "p.b", Answer.NOT_APPLICABLE));
            assertThat(area.max()).isEqualByComparingTo("4");
            assertThat(area.percent()).contains(new BigDecimal("50.0"));
        }
    }

    @Nested
    class Rounding {
        @Test
        void halfUpOnTheExactFraction() {
            // 49 / 400 = 12.25% exactly: half-up gives 12.3 where half-even would give 12.2.
            AreaScore area = only(questionnaire(core("p", choiceQ("p.c", 49, 400))), answers("p.c", choice("a")));
            assertThat(area.percent()).contains(new BigDecimal("12.3"));
        }

        @Test
        void smallestHalfRoundsUp() {
            // 1 / 2000 = 0.05%
            AreaScore area = only(questionnaire(core("p", choiceQ("p.c", 1, 2000))), answers("p.c", choice("a")));
            assertThat(area.percent()).contains(new BigDecimal("0.1"));
        }

        @Test
        void justBelowHalfRoundsDown() {
            // 249 / 2000 = 12.45%: the second decimal is 4 and a double might have drifted either way.
            AreaScore area = only(questionnaire(core("p", choiceQ("p.c", 249, 2000))), answers("p.c", choice("a")));
            assertThat(area.percent()).contains(new BigDecimal("12.5"));
            AreaScore below = only(questionnaire(core("p", choiceQ("p.c", 2489, 20000))),
                    answers("p.c", choice("a")));
            assertThat(below.percent()).contains(new BigDecimal("12.4"));
        }

        @Test
        void levelComesFromTheRoundedPercent() {
            // 1299 / 2000 = 64.95% rounds to 65.0, which is Practitioner although the exact value is below 65.
            AreaScore area = only(questionnaire(core("p", choiceQ("p.c", 1299, 2000))), answers("p.c", choice("a")));
            assertThat(area.percent()).contains(new BigDecimal("65.0"));
            assertThat(area.level().orElseThrow().id()).isEqualTo("practitioner");
        }

        @Test
        void levelBoundariesAreInclusive() {
            assertThat(only(questionnaire(core("p", choiceQ("p.c", 40, 100))), answers("p.c", choice("a")))
                    .level().orElseThrow().id()).isEqualTo("working");
            assertThat(only(questionnaire(core("p", choiceQ("p.c", 3999, 10000))), answers("p.c", choice("a")))
                    .level().orElseThrow().id()).isEqualTo("working");
            assertThat(only(questionnaire(core("p", choiceQ("p.c", 3994, 10000))), answers("p.c", choice("a")))
                    .level().orElseThrow().id()).isEqualTo("awareness");
            assertThat(only(questionnaire(core("p", choiceQ("p.c", 100, 100))), answers("p.c", choice("a")))
                    .level().orElseThrow().id()).isEqualTo("expert");
        }
    }

    @Nested
    class Overall {
        @Test
        void isTheMeanOfUnroundedCorePercents() {
            // 0.05% (rounds to 0.1) and 0%: the exact mean 0.025 gives 0.0; the mean of rounded values would give 0.1.
            Questionnaire q = questionnaire(core("a", choiceQ("a.c", 1, 2000)), core("b", scaleQ("b.s")));
            ScoreReport report = Scorer.score(q, null, answers("a.c", choice("a"), "b.s", scale(0)));
            assertThat(report.areas().get(0).percent()).contains(new BigDecimal("0.1"));
            assertThat(report.overall().orElseThrow().percent()).isEqualByComparingTo("0.0");
        }

        @Test
        void thirdsAverageExactly() {
            Questionnaire q = questionnaire(core("a", multiQ("a.m", true, true, true)), core("b", multiQ("b.m", true, true, true)));
            ScoreReport report = Scorer.score(q, null, answers("a.m", multi("a", "b"), "b.m", multi("a")));
            assertThat(report.overall().orElseThrow().percent()).isEqualByComparingTo("50.0");
            assertThat(report.overall().orElseThrow().level().id()).isEqualTo("working");
        }

        @Test
        void leavesOutNonCoreAndRoleAreas() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s")), nonCore("b", scaleQ("b.s")),
                    forRole("c", "press-office", scaleQ("c.s")));
            ScoreReport report = Scorer.score(q, "press-office",
                    answers("a.s", scale(4), "b.s", scale(0), "c.s", scale(0)));
            assertThat(report.areas()).hasSize(3);
            assertThat(report.overall().orElseThrow().percent()).isEqualByComparingTo("100.0");
        }

        @Test
        void leavesOutCoreAreasThatAreNotScored() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s")), core("b", scaleQ("b.s")));
            ScoreReport report = Scorer.score(q, null, answers("a.s", scale(1), "b.s", Answer.NOT_APPLICABLE));
            assertThat(report.areas().get(1).scored()).isFalse();
            assertThat(report.overall().orElseThrow().percent()).isEqualByComparingTo("25.0");
        }

        @Test
        void isEmptyWhenNoCoreAreaIsScored() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s")), nonCore("b", scaleQ("b.s")));
            ScoreReport report = Scorer.score(q, null, answers("a.s", Answer.NOT_APPLICABLE, "b.s", scale(4)));
            assertThat(report.overall()).isEmpty();
            assertThat(report.areas().get(1).percent()).contains(new BigDecimal("100.0"));
        }
    }

    @Nested
    class AreasAndCompleteness {
        @Test
        void allNotApplicableIsNotScored() {
            AreaScore area = only(questionnaire(core("p", scaleQ("p.a"), scaleQ("p.b"))),
                    answers("p.a", Answer.NOT_APPLICABLE, "p.b", Answer.NOT_APPLICABLE));
            assertThat(area.scored()).isFalse();
            assertThat(area.percent()).isEmpty();
            assertThat(area.level()).isEmpty();
            assertThat(area.max()).isEqualByComparingTo("0");
        }

        @Test
        void areaForAnotherRoleIsLeftOutEntirely() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s")), forRole("press", "press-office", scaleQ("press.s")));
            ScoreReport other = Scorer.score(q, "other", answers("a.s", scale(2)));
            assertThat(other.areas()).extracting(AreaScore::areaId).containsExactly("a");
            assertThat(other.complete()).isTrue();
            ScoreReport press = Scorer.score(q, "press-office", answers("a.s", scale(2)));
            assertThat(press.areas()).extracting(AreaScore::areaId).containsExactly("a", "press");
            assertThat(press.unanswered()).containsExactly("press.s");
        }

        @Test
        void noRoleSeesOnlyAreasForEveryone() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s")), forRole("press", "press-office", scaleQ("press.s")));
            assertThat(Scorer.score(q, null, Map.of()).areas()).extracting(AreaScore::areaId).containsExactly("a");
        }

        @Test
        void unansweredItemsAreLeftOutAndListedInQuestionnaireOrder() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.1"), scaleQ("a.2"), scaleQ("a.3")),
                    core("b", scaleQ("b.1")));
            ScoreReport report = Scorer.score(q, null, answers("a.2", scale(4)));
            assertThat(report.complete()).isFalse();
            assertThat(report.unanswered()).containsExactly("a.1", "a.3", "b.1");
            assertThat(report.areas().get(0).percent()).contains(new BigDecimal("100.0"));
            assertThat(report.areas().get(1).scored()).isFalse();
            assertThat(report.overall().orElseThrow().percent()).isEqualByComparingTo("100.0");
        }

        @Test
        void answersToQuestionsOutsideTheRoleAreIgnored() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s")), forRole("press", "press-office", scaleQ("press.s")));
            ScoreReport report = Scorer.score(q, "other", answers("a.s", scale(4), "press.s", scale(0)));
            assertThat(report.areas()).hasSize(1);
            assertThat(report.overall().orElseThrow().percent()).isEqualByComparingTo("100.0");
        }

        @Test
        void weakestAndStrongestSkipUnscoredAndKeepOrderOnTies() {
            Questionnaire q = questionnaire(core("a", scaleQ("a.s")), core("b", scaleQ("b.s")),
                    core("c", scaleQ("c.s")), core("d", scaleQ("d.s")));
            ScoreReport report = Scorer.score(q, null, answers("a.s", scale(2), "b.s", scale(2),
                    "c.s", Answer.NOT_APPLICABLE, "d.s", scale(4)));
            assertThat(report.weakestFirst()).extracting(AreaScore::areaId).containsExactly("a", "b", "d");
            assertThat(report.strongestFirst()).extracting(AreaScore::areaId).containsExactly("d", "a", "b");
        }
    }
}
