package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.math.BigDecimal;
import uk.gov.gcs.digitalskills.core.insights.AnalysisFlag;
import uk.gov.gcs.digitalskills.core.insights.AreaAnalysis;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.ItemAnalysis;
import uk.gov.gcs.digitalskills.core.insights.QuestionAnalysis;

/**
 * The appendix for questionnaire authors: per area its reliability and per question its facility and
 * discrimination, each flag in plain words with what to do. The question texts are the questionnaire's.
 */
final class TeamAnalysisSection {
    private final ReportStyle style;
    private final ReportText text;
    private final ItemAnalysis analysis;

    TeamAnalysisSection(ReportStyle style, InsightsReport report) {
        this.style = style;
        this.text = style.text;
        this.analysis = report.analysis();
    }

    void add(Document document) {
        document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        document.add(style.sectionHeading("analysis.heading", "analysis").setMarginTop(0));
        document.add(style.body(text.get("analysis.intro", analysis.minimumResults())));
        if (analysis.areas().isEmpty()) {
            document.add(style.body(text.get("analysis.none")));
        }
        for (AreaAnalysis area : analysis.areas()) {
            document.add(style.subHeading(area.title()));
            if (area.gap().isPresent()) {
                document.add(style.body(text.get("analysis.gap." + area.gap().get().id(), analysis.minimumResults())));
                continue;
            }
            StringBuilder line = new StringBuilder(text.get("analysis.results", TeamCells.count(
                    new uk.gov.gcs.digitalskills.core.insights.Count.Shown(area.results().getAsInt()))));
            area.alpha().ifPresent(a -> line.append(' ').append(text.get("analysis.alpha", a.toPlainString())));
            area.alphaGap().ifPresent(g -> line.append(' ').append(text.get("analysis.gap." + g.id(),
                    analysis.minimumResults())));
            document.add(style.body(line.toString()));
            if (area.flags().contains(AnalysisFlag.LOW_RELIABILITY)) {
                document.add(style.inset(style.body(text.get("analysis.flag.low-reliability")).setMargin(0),
                        ReportStyle.BLUE));
            }
            document.add(table(area));
        }
    }

    private Table table(AreaAnalysis area) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {44, 12, 14, 30})).useAllAvailableWidth()
                .setMarginBottom(10);
        table.addHeaderCell(style.headerCell(text.get("analysis.question"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("analysis.facility"), "Column", TextAlignment.RIGHT));
        table.addHeaderCell(style.headerCell(text.get("analysis.discrimination"), "Column", TextAlignment.RIGHT));
        table.addHeaderCell(style.headerCell(text.get("analysis.flag"), "Column", TextAlignment.LEFT));
        for (QuestionAnalysis q : area.questions()) {
            table.addCell(style.rowHeaderCell(new Paragraph(PrintableText.of(q.text())).setMargin(0).setFontSize(9.5f)));
            table.addCell(TeamCells.right(style, text.get("percent", q.facility().toPlainString())));
            table.addCell(TeamCells.right(style, q.discrimination().map(BigDecimal::toPlainString)
                    .orElse(text.get("analysis.noDiscrimination"))));
            String flag = q.flagged(AnalysisFlag.LOW_DISCRIMINATION) ? text.get("analysis.flag.low-discrimination")
                    : text.get("analysis.ok");
            table.addCell(style.cell(new Paragraph(flag).setMargin(0).setFontSize(9.5f)));
        }
        return table;
    }
}
