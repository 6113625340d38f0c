package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.OptionalInt;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.ObjectivesSummary;
import uk.gov.gcs.digitalskills.core.insights.YearEndCount;

/** "Objectives": the share with an objective, how many were agreed, and the year-end statuses. */
final class TeamObjectivesSection {
    private final ReportStyle style;
    private final ReportText text;
    private final InsightsReport report;

    TeamObjectivesSection(ReportStyle style, InsightsReport report) {
        this.style = style;
        this.text = style.text;
        this.report = report;
    }

    void add(Document document) {
        document.add(style.sectionHeading("objectives.heading", "objectives"));
        if (report.overall().objectives().isEmpty()) {
            document.add(style.body(text.get("objectives.unknown")));
            return;
        }
        ObjectivesSummary objectives = report.overall().objectives().get();
        if (objectives.results().suppressed()) {
            document.add(style.body(text.get("objectives.suppressed", report.minGroupSize())));
            return;
        }
        if (objectives.results() instanceof Count.Shown shown && shown.value() == 0) {
            document.add(style.body(text.get("objectives.unknown")));
            return;
        }
        document.add(style.body(text.get("objectives.intro", TeamCells.count(objectives.results()))));
        Table table = new Table(UnitValue.createPercentArray(new float[] {56, 22, 22})).useAllAvailableWidth()
                .setMarginBottom(12);
        table.addHeaderCell(style.headerCell(text.get("objectives.measure"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("objectives.people"), "Column", TextAlignment.RIGHT));
        table.addHeaderCell(style.headerCell(text.get("objectives.share"), "Column", TextAlignment.RIGHT));
        row(table, text.get("objectives.with"), objectives.withObjective(), objectives.results());
        row(table, text.get("objectives.agreed"), objectives.agreed(), objectives.results());
        for (YearEndCount status : objectives.yearEnd()) {
            row(table, text.get("objectives.status." + status.status().id()), status.count(), objectives.results());
        }
        document.add(table);
    }

    private void row(Table table, String measure, Count count, Count of) {
        table.addCell(style.rowHeaderCell(new Paragraph(measure).setMargin(0)));
        table.addCell(TeamCells.right(style, TeamCells.count(count)));
        OptionalInt share = TeamFigures.share(count, of);
        table.addCell(TeamCells.right(style, share.isPresent() ? text.get("percent", share.getAsInt())
                : TeamCells.count(count)));
    }
}
