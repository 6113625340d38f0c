package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * The overall score, a table of every area's score, level and two parts (self-rating and knowledge), the bar
 * chart with its text alternative, and the calibration in words ({@link PartsSection}).
 */
final class SummarySection {
    private final ReportStyle style;
    private final ReportText text;
    private final Questionnaire questionnaire;
    private final ScoreReport scores;

    SummarySection(ReportStyle style, Questionnaire questionnaire, ScoreReport scores) {
        this.style = style;
        this.text = style.text;
        this.questionnaire = questionnaire;
        this.scores = scores;
    }

    void add(Document document, PdfDocument pdf) {
        document.add(style.sectionHeading("summary.heading", "summary"));
        overall(document);
        document.add(table());
        chart(document, pdf);
        new PartsSection(style, scores).add(document);
    }

    private void overall(Document document) {
        if (scores.overall().isEmpty()) {
            document.add(style.body(text.get("summary.noOverall")));
            return;
        }
        var overall = scores.overall().get();
        Paragraph big = new Paragraph()
                .add(new Text(text.get("summary.overall", ReportText.percent(overall.percent()),
                        overall.level().label())).setFont(style.bold).setFontSize(17))
                .setMargin(0).setMarginBottom(4);
        String coreTitles = String.join(", ", scores.areas().stream().filter(AreaScore::core)
                .map(AreaScore::title).toList());
        Div panel = new Div().add(big)
                .add(new Paragraph(text.get("summary.overallExplained", coreTitles)).setMargin(0)
                        .setFontColor(ReportStyle.TEXT))
                .setBackgroundColor(ReportStyle.LIGHT).setBorderLeft(new SolidBorder(ReportStyle.BLUE, 6))
                .setPaddings(10, 14, 10, 16).setMarginBottom(10);
        document.add(panel);
    }

    private Table table() {
        Table table = new Table(UnitValue.createPercentArray(new float[] {38, 12, 18, 16, 16})).useAllAvailableWidth()
                .setMarginTop(2).setMarginBottom(12);
        table.getAccessibilityProperties().setAlternateDescription(null);
        table.addHeaderCell(style.headerCell(text.get("table.area"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("table.score"), "Column", TextAlignment.RIGHT));
        table.addHeaderCell(style.headerCell(text.get("table.level"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("table.self"), "Column", TextAlignment.RIGHT));
        table.addHeaderCell(style.headerCell(text.get("table.knowledge"), "Column", TextAlignment.RIGHT));
        for (AreaScore area : scores.areas()) {
            Paragraph name = new Paragraph(area.title()).setMargin(0);
            if (area.core()) {
                name.add(new Text("  " + text.get("table.core")).setFontColor(ReportStyle.SECONDARY).setFontSize(9));
            }
            table.addCell(style.rowHeaderCell(name));
            table.addCell(style.cell(new Paragraph(area.percent().map(p -> ReportText.percent(p) + "%")
                    .orElse("\u2013")).setMargin(0).setTextAlignment(TextAlignment.RIGHT)));
            table.addCell(style.cell(new Paragraph(area.level().map(Level::label)
                    .orElse(text.get("table.notScored"))).setMargin(0)));
            table.addCell(style.cell(new Paragraph(PartsSection.part(text, area.selfRating().percent()))
                    .setMargin(0).setTextAlignment(TextAlignment.RIGHT)));
            table.addCell(style.cell(new Paragraph(PartsSection.part(text, area.knowledge().percent()))
                    .setMargin(0).setTextAlignment(TextAlignment.RIGHT)));
        }
        return table;
    }

    private void chart(Document document, PdfDocument pdf) {
        BarChart chart = new BarChart(scores, questionnaire.levels(), style.regular, style.bold);
        float width = PageSize.A4.getWidth() - 2 * ReportStyle.MARGIN_X;
        PdfFormXObject drawing = chart.draw(pdf, width);
        Image figure = new Image(drawing);
        figure.getAccessibilityProperties().setRole(StandardRoles.FIGURE).setAlternateDescription(chartAlt());
        Div block = style.group().add(figure).add(new Paragraph(text.get("chart.caption", String.join(", ",
                questionnaire.levels().stream().map(l -> text.get("summary.levelFrom", l.label(),
                        l.minPercent().toPlainString())).toList()))).setFontSize(9)
                .setFontColor(ReportStyle.SECONDARY).setMargin(0).setMarginTop(4));
        document.add(block);
    }

    private String chartAlt() {
        List<String> items = new ArrayList<>();
        for (AreaScore area : scores.areas()) {
            items.add(area.scored()
                    ? text.get("chart.altItem", area.title(), ReportText.percent(area.percent().get()),
                            area.level().get().label())
                    : text.get("chart.altNotScored", area.title()));
        }
        return text.get("chart.alt", String.join("; ", items));
    }
}
