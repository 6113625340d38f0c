package uk.gov.gcs.digitalskills.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

class InsightsCollectorTest {
    private static final Questionnaire Q = questionnaire(core("a", scaleQ("a.1"), scaleQ("a.2")),
            core("b", choiceQ("b.1", 0, 2, 4)));
    private static final Layout LAYOUT = Layout.of(Q);

    private static ResultFigures result(String role, String month, int aTenths, int bTenths, int a1, int a2, int b1) {
        return new ResultFigures(Q.ref(), role, "heo", "cabinet-office",
                Optional.ofNullable(month).map(YearMonth::parse),
                new short[] {(short) aTenths, (short) bTenths}, new short[] {(short) a1, (short) a2, (short) b1});
    }

    private static InsightsReport aggregate(List<ResultFigures> rows, InsightsQuery query) {
        return InsightsCollector.aggregate(List.of(LAYOUT), rows.stream(), query);
    }

    private static List<ResultFigures> copies(int n, String role) {
        List<ResultFigures> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(result(role, "2026-05", 500, 1000, 2, 2, 4));
        }
        return rows;
    }

    @Test
    void aGroupOneBelowTheMinimumShowsFewerThanAndNoFigures() {
        InsightsReport report = aggregate(copies(4, "press-office"), InsightsQuery.overall());
        assertThat(report.overall().count()).isEqualTo(new Count.FewerThan(5));
        assertThat(report.overall().areas()).isEmpty();
        assertThat(report.overall().lowestQuestions()).isEmpty();
    }

    @Test
    void aGroupAtTheMinimumShowsItsFigures() {
        InsightsReport report = aggregate(copies(5, "press-office"), InsightsQuery.overall());
        assertThat(report.overall().count()).isEqualTo(new Count.Shown(5));
        AreaSummary a = report.overall().areas().get(0);
        assertThat(a.mean()).contains(new BigDecimal("50.0"));
        assertThat(a.median()).contains(new BigDecimal("50.0"));
        // 5 results all at Working: that cell is shown, the empty levels are suppressed like any small cell.
        assertThat(a.levelCounts()).containsExactly(new Count.FewerThan(5), new Count.Shown(5),
                new Count.FewerThan(5), new Count.FewerThan(5));
    }

    @Test
    void theMinimumGroupSizeIsConfigurableButNeverBelowThree() {
        InsightsReport report = aggregate(copies(3, "x"), InsightsQuery.overall().withMinGroupSize(3));
        assertThat(report.overall().count()).isEqualTo(new Count.Shown(3));
        assertThat(aggregate(copies(3, "x"), InsightsQuery.overall().withMinGroupSize(4)).overall().count())
                .isEqualTo(new Count.FewerThan(4));
        assertThatThrownBy(() -> InsightsQuery.overall().withMinGroupSize(2))
                .hasMessageContaining("at least 3");
    }

    @Test
    void meanMedianAndLevelsPerArea() {
        List<ResultFigures> rows = new ArrayList<>();
        int[] tenths = {100, 450, 455, 700, 900, 1000};
        for (int t : tenths) {
            rows.add(result("r", "2026-05", t, 0, 0, 0, 0));
        }
        InsightsReport report = aggregate(rows, InsightsQuery.overall().withMinGroupSize(3));
        AreaSummary a = report.overall().areas().get(0);
        // mean = 3605 / 6 / 10 = 60.083...; median = (45.5 + 70.0) / 2 = 57.75 -> 57.8
        assertThat(a.mean()).contains(new BigDecimal("60.1"));
        assertThat(a.median()).contains(new BigDecimal("57.8"));
        assertThat(a.levelCounts()).containsExactly(new Count.FewerThan(3), new Count.FewerThan(3),
                new Count.FewerThan(3), new Count.FewerThan(3));
        rows.add(result("r", "2026-05", 950, 0, 0, 0, 0));
        AreaSummary again = aggregate(rows, InsightsQuery.overall().withMinGroupSize(3)).overall().areas().get(0);
        assertThat(again.median()).contains(new BigDecimal("70.0"));
        assertThat(again.levelCounts().get(3)).isEqualTo(new Count.Shown(3));
    }

    @Test
    void anAreaNotScoredBySomeCountsOnlyThoseWhoScoredIt() {
        List<ResultFigures> rows = new ArrayList<>(copies(5, "r"));
        rows.add(result("r", "2026-05", ResultFigures.NONE, 0, 0, 0, 0));
        InsightsReport report = aggregate(rows, InsightsQuery.overall());
        assertThat(report.overall().count()).isEqualTo(new Count.Shown(6));
        assertThat(report.overall().areas().get(0).count()).isEqualTo(new Count.Shown(5));
        assertThat(report.overall().areas().get(1).count()).isEqualTo(new Count.Shown(6));
    }

    @Test
    void groupsAreSuppressedOneByOne() {
        List<ResultFigures> rows = new ArrayList<>(copies(5, "press-office"));
        rows.addAll(copies(4, "other"));
        rows.add(result(null, "2026-05", 500, 500, 1, 1, 1));
        InsightsReport report = aggregate(rows, InsightsQuery.overall().by(Grouping.ROLE));
        assertThat(report.overall().count()).isEqualTo(new Count.Shown(10));
        assertThat(report.groups()).extracting(GroupSummary::label)
                .containsExactly("Press office", "Other", InsightsCollector.NOT_GIVEN);
        assertThat(report.groups()).extracting(GroupSummary::count)
                .containsExactly(new Count.Shown(5), new Count.FewerThan(5), new Count.FewerThan(5));
        assertThat(report.groups().get(1).areas()).isEmpty();
    }

    @Test
    void lowestQuestionsAreRankedByMeanShareOfTheirMaximum() {
        List<ResultFigures> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(result("r", "2026-05", 500, 500, 3, 1, 2)); // a.1 75%, a.2 25%, b.1 50%
        }
        InsightsReport report = aggregate(rows, InsightsQuery.overall());
        assertThat(report.overall().lowestQuestions()).extracting(QuestionSummary::questionId)
                .containsExactly("a.2", "b.1", "a.1");
        assertThat(report.overall().lowestQuestions().get(0).meanPercentOfMax()).isEqualByComparingTo("25.0");
        // A question answered by fewer than the minimum contributes no figure.
        rows.set(0, result("r", "2026-05", 500, 500, 3, ResultFigures.NONE, 2));
        assertThat(aggregate(rows, InsightsQuery.overall()).overall().lowestQuestions())
                .extracting(QuestionSummary::questionId).containsExactly("b.1", "a.1");
    }

    @Test
    void periodFilterIncludesBothEndsAndLeavesOutUndatedResults() {
        List<ResultFigures> rows = new ArrayList<>();
        for (String month : new String[] {"2026-01", "2026-02", "2026-03", "2026-04", null}) {
            for (int i = 0; i < 5; i++) {
                rows.add(result("r", month, 500, 500, 1, 1, 1));
            }
        }
        InsightsQuery query = InsightsQuery.overall().between(Optional.of(YearMonth.of(2026, 2)),
                Optional.of(YearMonth.of(2026, 3)));
        assertThat(aggregate(rows, query).overall().count()).isEqualTo(new Count.Shown(10));
        assertThat(aggregate(rows, InsightsQuery.overall()).overall().count()).isEqualTo(new Count.Shown(25));
        assertThat(aggregate(rows, InsightsQuery.overall().between(Optional.of(YearMonth.of(2026, 4)),
                Optional.empty())).overall().count()).isEqualTo(new Count.Shown(5));
    }

    @Test
    void parallelCollectionGivesTheSameReport() {
        List<ResultFigures> rows = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            rows.add(result(random.nextBoolean() ? "press-office" : "other", "2026-05", random.nextInt(1001),
                    random.nextInt(1001), random.nextInt(5), random.nextInt(5), random.nextInt(3) * 2));
        }
        InsightsQuery query = InsightsQuery.overall().by(Grouping.ROLE);
        assertThat(rows.parallelStream().collect(InsightsCollector.of(List.of(LAYOUT), query)))
                .usingRecursiveComparison().isEqualTo(aggregate(rows, query));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        int[] histogram = new int[1001];
        histogram[400]++;
        histogram[601]++;
        assertThat(InsightsCollector.median(histogram, 2)).isEqualByComparingTo("50.1"); // 50.05 half-up
        histogram[601]++;
        assertThat(InsightsCollector.median(histogram, 3)).isEqualByComparingTo("60.1");
    }

    @Test
    void aLoneSmallLevelCellTakesTheSmallestShownCellWithIt() {
        // 6 at Working, 7 at Practitioner, 8 at Expert, 2 at Awareness: the total (23) less the shown cells would
        // reveal the 2, so the smallest shown cell (Working, 6) is withheld too.
        List<ResultFigures> rows = new ArrayList<>();
        int[][] levels = {{100, 2}, {500, 6}, {700, 7}, {900, 8}};
        for (int[] level : levels) {
            for (int i = 0; i < level[1]; i++) {
                rows.add(result("r", "2026-05", level[0], 0, 0, 0, 0));
            }
        }
        AreaSummary a = aggregate(rows, InsightsQuery.overall()).overall().areas().get(0);
        assertThat(a.levelCounts()).containsExactly(new Count.FewerThan(5), new Count.Withheld(5),
                new Count.Shown(7), new Count.Shown(8));
    }

    @Test
    void twoSmallCellsNeedNoMoreSuppression() {
        List<ResultFigures> rows = new ArrayList<>();
        int[][] levels = {{100, 2}, {500, 6}, {700, 3}, {900, 8}};
        for (int[] level : levels) {
            for (int i = 0; i < level[1]; i++) {
                rows.add(result("r", "2026-05", level[0], 0, 0, 0, 0));
            }
        }
        AreaSummary a = aggregate(rows, InsightsQuery.overall()).overall().areas().get(0);
        assertThat(a.levelCounts()).containsExactly(new Count.FewerThan(5), new Count.Shown(6),
                new Count.FewerThan(5), new Count.Shown(8));
    }

    @Test
    void aLoneSmallGroupTakesTheSmallestShownGroupWithIt() {
        List<ResultFigures> rows = new ArrayList<>(copies(9, "press-office"));
        rows.addAll(copies(6, "marketing"));
        rows.addAll(copies(3, "internal"));
        InsightsReport report = aggregate(rows, InsightsQuery.overall().by(Grouping.ROLE));
        assertThat(report.overall().count()).isEqualTo(new Count.Shown(18));
        assertThat(report.groups()).extracting(GroupSummary::count).containsExactlyInAnyOrder(
                new Count.Shown(9), new Count.Withheld(5), new Count.FewerThan(5));
        assertThat(report.groups()).filteredOn(g -> g.count().suppressed())
                .allSatisfy(g -> assertThat(g.areas()).isEmpty());
    }
}
