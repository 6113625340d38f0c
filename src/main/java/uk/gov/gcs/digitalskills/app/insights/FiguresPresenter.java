package uk.gov.gcs.digitalskills.app.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.GroupSummary;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.QuestionSummary;
import uk.gov.gcs.digitalskills.io.pdf.TeamFigures;

/**
 * Turns an {@link InsightsReport} into the words and rows the Team insights screen shows: the count, the
 * suppression note, the chart's bars and its description for screen readers, the lowest-scoring questions and
 * the table by grouping. Pure: no JavaFX, so every sentence is unit-tested without the toolkit. A suppressed
 * figure reads "fewer than N" or "withheld", exactly as in the CSV and the PDF.
 */
public final class FiguresPresenter {
    /**
     * One bar of the levels chart and its row in the table beside it: an area, its results, the levels that may
     * be drawn, every level's cell ("42% (12)" or "fewer than 5"), a note naming the levels not drawn, and the
     * whole bar in words for screen readers.
     */
    public record LevelBar(String areaTitle, String results, List<Segment> segments, List<String> cells,
                           String note, String description, boolean suppressed) {
        public LevelBar {
            segments = List.copyOf(segments);
            cells = List.copyOf(cells);
        }
    }

    /** One drawn segment: a level with a count at or above the minimum group size, and its share in percent. */
    public record Segment(int levelIndex, String levelLabel, int count, int percent) {
        /** What the segment says on the chart, so the level never depends on colour: "Working 42%". */
        public String text() {
            return levelLabel + " " + percent + "%";
        }
    }

    public record QuestionRow(String rank, String question, String area, String meanPercent, String results) {
    }

    public record GroupRow(String group, String results, List<String> areaMeans) {
        public GroupRow {
            areaMeans = List.copyOf(areaMeans);
        }
    }

    /** Everything the figures part of the screen shows for one report. */
    public record Figures(int stored, String countText, String suppressionText, List<String> levelLabels,
                          List<LevelBar> levelBars, String chartDescription, List<QuestionRow> lowestQuestions,
                          String groupHeading, List<String> areaTitles, List<GroupRow> groupRows) {
        public Figures {
            levelLabels = List.copyOf(levelLabels);
            levelBars = List.copyOf(levelBars);
            lowestQuestions = List.copyOf(lowestQuestions);
            areaTitles = List.copyOf(areaTitles);
            groupRows = List.copyOf(groupRows);
        }

        /** True when anything has been imported, so the filters and figures are worth showing. */
        public boolean hasResults() {
            return stored > 0;
        }
    }

    private final Messages messages;

    public FiguresPresenter(Messages messages) {
        this.messages = messages;
    }

    /** The suppression note for a minimum group size, shown before the first report too. */
    public String suppressionText(int minGroupSize) {
        return messages.get("insights.suppression", minGroupSize);
    }

    /** @param stored how many results the store holds, whatever the filters */
    public Figures present(int stored, InsightsReport report) {
        String count = stored == 0 ? messages.get("insights.empty")
                : messages.get("insights.count", stored, countCell(report.overall().count()));
        List<LevelBar> bars = new ArrayList<>();
        List<String> described = new ArrayList<>();
        levels(report, bars, described);
        List<String> areaTitles = report.areas().stream().map(a -> a.title()).toList();
        List<GroupRow> rows = new ArrayList<>();
        rows.add(groupRow(report, report.overall(), messages.get("insights.everyone")));
        for (GroupSummary g : report.groups()) {
            rows.add(groupRow(report, g, g.key() == null ? messages.get("insights.notGiven") : g.label()));
        }
        return new Figures(stored, count, suppressionText(report.minGroupSize()),
                report.levels().stream().map(l -> l.label()).toList(), bars,
                messages.get("insights.chart.accessible", String.join("; ", described)), lowest(report),
                messages.get("insights.table.heading." + report.query().grouping().id()), areaTitles, rows);
    }

    private void levels(InsightsReport report, List<LevelBar> bars, List<String> described) {
        if (report.overall().count().suppressed()) {
            return;
        }
        int min = report.minGroupSize();
        for (AreaSummary area : report.overall().areas()) {
            String results = countCell(area.count());
            if (area.count().suppressed()) {
                List<String> cells = report.levels().stream().map(l -> results).toList();
                String description = messages.get("insights.chart.suppressedArea", area.title(), min);
                bars.add(new LevelBar(area.title(), results, List.of(), cells,
                        messages.get("insights.chart.noLevels", results), description, true));
                described.add(description);
                continue;
            }
            List<Segment> segments = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            List<String> hidden = new ArrayList<>();
            for (int i = 0; i < area.levelCounts().size(); i++) {
                Count c = area.levelCounts().get(i);
                String label = report.levels().get(i).label();
                OptionalInt share = TeamFigures.share(c, area.count());
                if (c instanceof Count.Shown shown) {
                    int percent = share.orElse(0);
                    if (shown.value() > 0) {
                        segments.add(new Segment(i, label, shown.value(), percent));
                    }
                    cells.add(messages.get("insights.levels.cell", percent, countCell(c)));
                    parts.add(messages.get("insights.chart.level", label, messages.get("insights.percent", percent)));
                } else {
                    cells.add(countCell(c));
                    parts.add(messages.get("insights.chart.level", label, countCell(c)));
                    hidden.add(messages.get("insights.chart.level", label, countCell(c)));
                }
            }
            String note = hidden.isEmpty() ? "" : messages.get("insights.chart.notDrawn", String.join(", ", hidden));
            String description = messages.get("insights.chart.area", area.title(), String.join(", ", parts));
            bars.add(new LevelBar(area.title(), results, segments, cells, note, description, false));
            described.add(description);
        }
    }

    private List<QuestionRow> lowest(InsightsReport report) {
        List<QuestionRow> questions = new ArrayList<>();
        int rank = 1;
        for (QuestionSummary q : report.overall().lowestQuestions()) {
            questions.add(new QuestionRow(Integer.toString(rank++), q.text(), q.areaTitle(),
                    percent(q.meanPercentOfMax()), Integer.toString(q.count())));
        }
        return questions;
    }

    private GroupRow groupRow(InsightsReport report, GroupSummary group, String label) {
        List<String> means = new ArrayList<>();
        if (group.count().suppressed()) {
            report.areas().forEach(a -> means.add(countCell(group.count())));
        } else {
            for (AreaSummary area : group.areas()) {
                means.add(area.mean().map(this::percent).orElseGet(() -> countCell(area.count())));
            }
        }
        return new GroupRow(label, countCell(group.count()), means);
    }

    /** A count as shown: the number, "fewer than N" or "withheld". */
    public String countCell(Count count) {
        return count instanceof Count.Shown shown ? String.format(java.util.Locale.UK, "%,d", shown.value())
                : count instanceof Count.FewerThan fewer ? messages.get("insights.fewerThan", fewer.minimum())
                : messages.get("insights.withheld");
    }

    private String percent(BigDecimal value) {
        return messages.get("insights.percent", value.toPlainString());
    }
}
