package uk.gov.gcs.digitalskills.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.Figures;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.GroupRow;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.LevelBar;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.QuestionRow;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.Segment;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.GroupSummary;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.core.insights.QuestionSummary;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/** The figures as words and rows, from a report made by hand: no toolkit, no store. */
class FiguresPresenterTest {
    private static final List<Level> LEVELS = List.of(new Level("awareness", "Awareness", BigDecimal.ZERO),
            new Level("working", "Working", new BigDecimal("40")));
    private static final List<Layout.AreaInfo> AREAS = List.of(new Layout.AreaInfo("planning", "Planning", true),
            new Layout.AreaInfo("measurement", "Measurement", true));

    private final FiguresPresenter presenter = new FiguresPresenter(Messages.english());

    private static InsightsReport report(Grouping grouping, GroupSummary overall, List<GroupSummary> groups) {
        return new InsightsReport(new InsightsQuery(grouping, 5, Optional.empty(), Optional.empty()), AREAS, LEVELS,
                overall, groups);
    }

    private static GroupSummary everyone() {
        AreaSummary planning = new AreaSummary("planning", "Planning", true, new Count.Shown(12),
                Optional.of(new BigDecimal("62.5")), Optional.of(new BigDecimal("60")),
                List.of(new Count.Shown(7), new Count.FewerThan(5)));
        AreaSummary measurement = new AreaSummary("measurement", "Measurement", true, new Count.FewerThan(5),
                Optional.empty(), Optional.empty(), List.of());
        return new GroupSummary(null, "Everyone", new Count.Shown(12), List.of(planning, measurement),
                List.of(new QuestionSummary("planning.q1", "planning", "Planning", "Do you plan?", 12,
                        new BigDecimal("31.3"))));
    }

    @Test
    void theOverallFiguresReadAsSentencesAndRows() {
        Figures figures = presenter.present(20, report(Grouping.NONE, everyone(), List.of()));

        assertThat(figures.hasResults()).isTrue();
        assertThat(figures.countText()).isEqualTo("20 results stored; 12 in this view.");
        assertThat(figures.levelLabels()).containsExactly("Awareness", "Working");
        // 7 of 12 is 58.3%: shares are whole percents, the same rule as the team report's (TeamFigures).
        assertThat(figures.levelBars()).containsExactly(
                new LevelBar("Planning", "12", List.of(new Segment(0, "Awareness", 7, 58)),
                        List.of("58% (7)", "fewer than 5"), "Not drawn: Working fewer than 5.",
                        "Planning: Awareness 58%, Working fewer than 5", false),
                new LevelBar("Measurement", "fewer than 5", List.of(), List.of("fewer than 5", "fewer than 5"),
                        "Results: fewer than 5, so no levels are shown.", "Measurement: fewer than 5 results", true));
        assertThat(figures.levelBars().get(0).segments().get(0).text()).isEqualTo("Awareness 58%");
        assertThat(figures.chartDescription()).isEqualTo("Chart of levels per area. Planning: Awareness 58%, "
                + "Working fewer than 5; Measurement: fewer than 5 results");
        assertThat(figures.lowestQuestions())
                .containsExactly(new QuestionRow("1", "Do you plan?", "Planning", "31.3%", "12"));
        assertThat(figures.groupRows()).containsExactly(new GroupRow("Everyone", "12", List.of("62.5%", "fewer than 5")));
        assertThat(figures.suppressionText()).contains("fewer than 5");
    }

    @Test
    void suppressedGroupsShowTheirReasonInEveryCellAndAnUnnamedGroupIsNotGiven() {
        GroupSummary small = new GroupSummary("press-office", "Press office", new Count.FewerThan(5), List.of(),
                List.of());
        GroupSummary withheld = new GroupSummary(null, "ignored", new Count.Withheld(5), List.of(), List.of());
        Figures figures = presenter.present(20, report(Grouping.ROLE, everyone(), List.of(small, withheld)));

        assertThat(figures.groupHeading()).isEqualTo("Mean area scores by role");
        assertThat(figures.groupRows()).extracting(GroupRow::group)
                .containsExactly("Everyone", "Press office", "Not given");
        assertThat(figures.groupRows().get(1)).isEqualTo(
                new GroupRow("Press office", "fewer than 5", List.of("fewer than 5", "fewer than 5")));
        assertThat(figures.groupRows().get(2).areaMeans()).containsExactly("withheld", "withheld");
    }

    @Test
    void anEmptyStoreSaysHowToStartAndASuppressedTotalDrawsNoBars() {
        GroupSummary few = new GroupSummary(null, "Everyone", new Count.FewerThan(5), List.of(), List.of());
        Figures figures = presenter.present(0, report(Grouping.NONE, few, List.of()));

        assertThat(figures.hasResults()).isFalse();
        assertThat(figures.countText()).startsWith("No results have been imported yet");
        assertThat(figures.levelBars()).isEmpty();
        assertThat(figures.lowestQuestions()).isEmpty();
    }
}
