package uk.gov.gcs.digitalskills.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/**
 * The item analysis of DESIGN.md §3.5 on fixtures small enough to work out by hand. Population statistics do
 * not change when every result is repeated the same number of times, so three hand-computed patterns, ten of
 * each, make the 30 results the analysis needs.
 */
class ItemAnalysisTest {
    private static final int NONE = ResultFigures.NONE;
    // a: three scale items (max 4), the third with weight 2; b: two choices (max 4); c: one scale item.
    private static final Questionnaire Q = questionnaire(
            core("a", scaleQ("a.1"), scaleQ("a.2"), scaleQ("a.3", "2")),
            core("b", choiceQ("b.1", 0, 2, 4), choiceQ("b.2", 0, 2, 4)),
            core("c", scaleQ("c.1")));
    private static final Layout LAYOUT = Layout.of(Q);

    /** Item points in questionnaire order: a.1 a.2 a.3 b.1 b.2 c.1 (unweighted, NONE = unanswered or n/a). */
    private static ResultFigures result(int... points) {
        short[] p = new short[points.length];
        for (int i = 0; i < points.length; i++) {
            p[i] = (short) points[i];
        }
        return new ResultFigures(Q.ref(), "press-office", null, null, Optional.empty(),
                new short[] {(short) NONE, (short) NONE, (short) NONE}, p);
    }

    private static List<ResultFigures> times(int n, int... points) {
        List<ResultFigures> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(result(points));
        }
        return rows;
    }

    private static ItemAnalysis analyse(List<ResultFigures> rows) {
        return InsightsCollector.aggregate(List.of(LAYOUT), rows.stream(), InsightsQuery.overall()).analysis();
    }

    private static AreaAnalysis area(ItemAnalysis analysis, String id) {
        return analysis.areas().stream().filter(a -> a.areaId().equals(id)).findFirst().orElseThrow();
    }

    /** Patterns of area a: (0,1,1) (2,2,1) (4,3,3); item scores with a.3 doubled: (0,1,2) (2,2,2) (4,3,6). */
    private static List<ResultFigures> patterns(int each) {
        List<ResultFigures> rows = new ArrayList<>();
        rows.addAll(times(each, 0, 1, 1, 0, 4, 1));
        rows.addAll(times(each, 2, 2, 1, 2, 2, 2));
        rows.addAll(times(each, 4, 3, 3, 4, 0, 3));
        return rows;
    }

    @Test
    void alphaFacilityAndDiscriminationMatchTheHandComputation() {
        AreaAnalysis a = area(analyse(patterns(10)), "a");
        assertThat(a.results()).hasValue(30);
        // var(items) = 8/3, 2/3, 32/9 (sum 62/9); totals 3, 6, 13: var 158/9.
        // alpha = 3/2 × (1 − 62/158) = 144/158 = 0.91139...
        assertThat(a.alpha()).contains(new BigDecimal("0.911"));
        assertThat(a.flags()).isEmpty();
        // facility: a.1 mean 2 of 4; a.2 mean 2 of 4; a.3 mean score 10/3 of a weighted max of 8 = 41.67%.
        assertThat(a.questions()).extracting(QuestionAnalysis::facility)
                .containsExactly(new BigDecimal("50.0"), new BigDecimal("50.0"), new BigDecimal("41.7"));
        // a.1 against rest (3,4,9): cov 4, var 8/3 and 62/9: r = 0.93326; a.2 against (2,4,10): 0.96077;
        // a.3 against (1,4,7): cov 4, var 32/9 and 6: r = 0.86603.
        assertThat(a.questions()).extracting(q -> q.discrimination().orElseThrow())
                .containsExactly(new BigDecimal("0.933"), new BigDecimal("0.961"), new BigDecimal("0.866"));
        assertThat(a.questions()).allSatisfy(q -> assertThat(q.flags()).isEmpty());
    }

    @Test
    void weightsCountInTheItemScores() {
        // With a.3 unweighted the totals are 2, 5, 10 and alpha is 3/2 × (1 − (8/3 + 2/3 + 8/9) / (98/9)) = 0.918...
        // With the weight it is 0.911: the weighted points are what is analysed.
        Questionnaire unweighted = questionnaire(core("a", scaleQ("a.1"), scaleQ("a.2"), scaleQ("a.3")),
                core("b", choiceQ("b.1", 0, 2, 4), choiceQ("b.2", 0, 2, 4)), core("c", scaleQ("c.1")));
        ItemAnalysis plain = InsightsCollector.aggregate(List.of(Layout.of(unweighted)), patterns(10).stream(),
                InsightsQuery.overall()).analysis();
        assertThat(area(plain, "a").alpha()).contains(new BigDecimal("0.918"));
        assertThat(area(analyse(patterns(10)), "a").alpha()).contains(new BigDecimal("0.911"));
    }

    @Test
    void twentyNineListwiseResultsAreTooFewAndThirtyAreEnough() {
        List<ResultFigures> rows = patterns(10);
        ItemAnalysis thirty = analyse(rows);
        assertThat(area(thirty, "a").analysed()).isTrue();
        ItemAnalysis twentyNine = analyse(rows.subList(1, 30));
        AreaAnalysis a = area(twentyNine, "a");
        assertThat(a.gap()).contains(AnalysisGap.TOO_FEW_RESULTS);
        assertThat(a.results()).isEmpty();
        assertThat(a.alpha()).isEmpty();
        assertThat(a.questions()).isEmpty();
    }

    @Test
    void aResultWithAnNaOrUnansweredItemIsLeftOutOfThatAreaOnly() {
        List<ResultFigures> rows = new ArrayList<>(patterns(10));
        // Far-off values that would change every figure of area a if they were counted.
        rows.add(result(4, NONE, 0, 4, 4, 4));
        rows.add(result(NONE, 0, 0, 4, 4, 4));
        ItemAnalysis analysis = analyse(rows);
        AreaAnalysis a = area(analysis, "a");
        assertThat(a.results()).hasValue(30);
        assertThat(a.alpha()).contains(new BigDecimal("0.911"));
        assertThat(a.questions()).extracting(QuestionAnalysis::facility)
                .containsExactly(new BigDecimal("50.0"), new BigDecimal("50.0"), new BigDecimal("41.7"));
        // The same two results answered all of area b, so they count there.
        assertThat(area(analysis, "b").results()).hasValue(32);
    }

    @Test
    void twoItemsThatMoveOppositeWaysHaveNegativeDiscriminationAndAreFlagged() {
        // Area b: (0,4) (2,2) (4,0): every total is 4, so alpha has no variation to work with; each item
        // against the other correlates −1.
        AreaAnalysis b = area(analyse(patterns(10)), "b");
        assertThat(b.alpha()).isEmpty();
        assertThat(b.alphaGap()).contains(AnalysisGap.NO_VARIATION);
        assertThat(b.flags()).isEmpty();
        assertThat(b.questions()).extracting(q -> q.discrimination().orElseThrow())
                .containsExactly(new BigDecimal("-1.000"), new BigDecimal("-1.000"));
        assertThat(b.questions()).allSatisfy(q -> assertThat(q.flags()).containsExactly(AnalysisFlag.LOW_DISCRIMINATION));
    }

    @Test
    void anItemWithNoVarianceHasNoDiscriminationAndTwoItemsCanStillHaveAnAlpha() {
        // b.1 always 2; b.2 varies 0, 2, 4: k = 2, alpha = 2 × (1 − (0 + 8/3) / (8/3)) = 0, which is low.
        List<ResultFigures> rows = new ArrayList<>();
        rows.addAll(times(10, 0, 1, 1, 2, 0, 1));
        rows.addAll(times(10, 2, 2, 1, 2, 2, 2));
        rows.addAll(times(10, 4, 3, 3, 2, 4, 3));
        AreaAnalysis b = area(analyse(rows), "b");
        assertThat(b.alpha()).contains(new BigDecimal("0.000"));
        assertThat(b.flags()).containsExactly(AnalysisFlag.LOW_RELIABILITY);
        // b.1 has zero variance; b.2's rest (b.1) has zero variance: neither has a discrimination.
        assertThat(b.questions()).allSatisfy(q -> {
            assertThat(q.discrimination()).isEmpty();
            assertThat(q.flags()).isEmpty();
        });
        assertThat(b.questions().get(0).facility()).isEqualByComparingTo("50.0");
    }

    @Test
    void anAreaWithOneQuestionHasNoAlphaAndNoDiscrimination() {
        AreaAnalysis c = area(analyse(patterns(10)), "c");
        assertThat(c.results()).hasValue(30);
        assertThat(c.alphaGap()).contains(AnalysisGap.ONE_QUESTION);
        assertThat(c.alpha()).isEmpty();
        assertThat(c.questions()).singleElement().satisfies(q -> {
            assertThat(q.discrimination()).isEmpty();
            assertThat(q.facility()).isEqualByComparingTo("50.0");
        });
    }

    @Test
    void identicalResultsHaveNoVariationAnywhere() {
        AreaAnalysis a = area(analyse(times(30, 2, 2, 2, 2, 2, 2)), "a");
        assertThat(a.alphaGap()).contains(AnalysisGap.NO_VARIATION);
        assertThat(a.questions()).allSatisfy(q -> assertThat(q.discrimination()).isEmpty());
    }

    @Test
    void lowReliabilityIsFlaggedBelowPointSeven() {
        // a.1 and a.2 unrelated, a.3 constant: (0,0,1) (4,0,1) (0,4,1) (4,4,1): var 4, 4, 0; totals 2, 6, 6, 10:
        // var 8: alpha = 3/2 × (1 − 8/8) = 0.
        List<ResultFigures> rows = new ArrayList<>();
        rows.addAll(times(8, 0, 0, 1, 0, 0, 0));
        rows.addAll(times(8, 4, 0, 1, 0, 0, 0));
        rows.addAll(times(8, 0, 4, 1, 0, 0, 0));
        rows.addAll(times(8, 4, 4, 1, 0, 0, 0));
        AreaAnalysis a = area(analyse(rows), "a");
        assertThat(a.alpha()).contains(new BigDecimal("0.000"));
        assertThat(a.flags()).containsExactly(AnalysisFlag.LOW_RELIABILITY);
        assertThat(a.questions().get(0).flags()).containsExactly(AnalysisFlag.LOW_DISCRIMINATION);
        assertThat(a.questions().get(2).discrimination()).isEmpty();
    }
}
