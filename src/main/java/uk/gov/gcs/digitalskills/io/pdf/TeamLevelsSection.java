package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/** "Levels per area": the chart with its text alternative, then the same shares in a table with header cells. */
final class TeamLevelsSection {
    private final ReportStyle style;
    private final ReportText text;
    private final InsightsReport report;

    TeamLevelsSection(ReportStyle style, InsightsReport report) {
        this.style = style;
        this.text = style.text;
        this.report = report;
    }

    void add(Document document, PdfDocument pdf) {
        document.add(style.sectionHeading("levels.heading", "levels"));
        document.add(style.body(text.get("levels.intro", report.minGroupSize())));
        float width = PageSize.A4.getWidth() - 2 * ReportStyle.MARGIN_X;
        Image figure = new Image(new LevelChart(report, style).draw(pdf, width));
        figure.getAccessibilityProperties().setRole(StandardRoles.FIGURE).setAlternateDescription(alternative());
        Div block = style.group().add(figure).add(new Paragraph(text.get("levels.caption", String.join(", ",
                report.levels().stream().map(Level::label).toList()))).setFontSize(9)
                .setFontColor(ReportStyle.SECONDARY).setMargin(0).setMarginTop(4).setMarginBottom(10));
        document.add(block);
        document.add(table());
    }

    /** The chart in words: every area, every level's share, or why it is not shown. */
    String alternative() {
        List<String> items = new ArrayList<>();
        for (AreaSummary area : report.overall().areas()) {
            if (area.count().suppressed()) {
                items.add(text.get("levels.altSuppressed", area.title(), TeamCells.count(area.count())));
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < area.levelCounts().size(); i++) {
                parts.add(text.get("levels.altLevel", report.levels().get(i).label(),
                        share(area.levelCounts().get(i), area.count())));
            }
            items.add(text.get("levels.altArea", area.title(), String.join(", ", parts)));
        }
        return text.get("levels.chartAlt", String.join("; ", items));
    }

    private String share(Count level, Count area) {
        OptionalInt share = TeamFigures.share(level, area);
        if (share.isPresent()) {
            return text.get("percent", share.getAsInt());
        }
        return level instanceof Count.Shown ? text.get("percent", 0) : TeamCells.count(level);
    }

    private Table table() {
        int levels = report.levels().size();
        float[] widths = new float[levels + 2];
        widths[0] = 26;
        widths[1] = 14;
        for (int i = 0; i < levels; i++) {
            widths[i + 2] = 60f / levels;
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setMarginBottom(12);
        table.addHeaderCell(style.headerCell(text.get("levels.area"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("levels.results"), "Column", TextAlignment.RIGHT));
        for (Level level : report.levels()) {
            table.addHeaderCell(style.headerCell(level.label(), "Column", TextAlignment.RIGHT));
        }
        for (AreaSummary area : report.overall().areas()) {
            table.addCell(style.rowHeaderCell(new Paragraph(area.title()).setMargin(0)));
            table.addCell(right(TeamCells.count(area.count())));
            for (int i = 0; i < levels; i++) {
                table.addCell(right(area.count().suppressed() ? TeamCells.count(area.count())
                        : cell(area.levelCounts().get(i), area.count())));
            }
        }
        return table;
    }

    /** "42% (12)", or the suppressed words alone. */
    private String cell(Count level, Count area) {
        if (level instanceof Count.Shown shown) {
            return text.get("levels.cell", TeamFigures.share(level, area).orElse(0), TeamCells.count(shown));
        }
        return TeamCells.count(level);
    }

    private com.itextpdf.layout.element.Cell right(String value) {
        return style.cell(new Paragraph(value).setMargin(0).setTextAlignment(TextAlignment.RIGHT));
    }
}
