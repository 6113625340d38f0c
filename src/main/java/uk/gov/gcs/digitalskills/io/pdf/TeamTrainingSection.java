package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.LearningResource;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/**
 * "Training needs": per area, how many people are at the two lowest levels (Awareness or Working), then that
 * area's learning suggestions from the questionnaire. The suggestions are the questionnaire's text, not anyone's.
 */
final class TeamTrainingSection {
    private final ReportStyle style;
    private final ReportText text;
    private final InsightsReport report;
    private final Optional<Questionnaire> questionnaire;

    TeamTrainingSection(ReportStyle style, InsightsReport report, Optional<Questionnaire> questionnaire) {
        this.style = style;
        this.text = style.text;
        this.report = report;
        this.questionnaire = questionnaire;
    }

    void add(Document document) {
        // The two lowest levels (Awareness and Working), or the one if the questionnaire has only one.
        List<String> lowest = report.levels().stream().limit(2).map(l -> l.label()).toList();
        String first = lowest.get(0);
        String second = lowest.get(lowest.size() - 1);
        document.add(style.sectionHeading("training.heading", "training"));
        document.add(style.body(text.get("training.intro", first, second)));
        Table table = new Table(UnitValue.createPercentArray(new float[] {44, 34, 22})).useAllAvailableWidth()
                .setMarginBottom(12);
        table.addHeaderCell(style.headerCell(text.get("training.area"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("training.people", first, second), "Column",
                TextAlignment.RIGHT));
        table.addHeaderCell(style.headerCell(text.get("training.results"), "Column", TextAlignment.RIGHT));
        for (AreaSummary area : report.overall().areas()) {
            table.addCell(style.rowHeaderCell(new Paragraph(area.title()).setMargin(0)));
            table.addCell(right(TeamCells.count(TeamFigures.atLowestLevels(area, lowest.size()))));
            table.addCell(right(TeamCells.count(area.count())));
        }
        document.add(table);
        if (questionnaire.isEmpty()) {
            document.add(style.body(text.get("training.noQuestionnaire")));
            return;
        }
        for (AreaSummary summary : report.overall().areas()) {
            Optional<Area> area = questionnaire.get().area(summary.areaId());
            if (area.isEmpty()) {
                continue;
            }
            Div block = style.group().setMarginBottom(4);
            block.add(style.subHeading(text.get("training.learning", area.get().title())));
            if (area.get().learning().isEmpty()) {
                block.add(style.body(text.get("training.noLearning")));
            } else {
                com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List()
                        .setListSymbol("\u2022").setSymbolIndent(10).setMarginLeft(6).setMarginBottom(6);
                for (LearningResource resource : area.get().learning()) {
                    ListItem item = new ListItem();
                    item.add(new Paragraph(PrintableText.of(resource.detail() == null
                            || resource.detail().isBlank() ? resource.title()
                            : text.get("training.resource", resource.title(), resource.detail()))).setMargin(0).setMarginBottom(3));
                    list.add(item);
                }
                block.add(list);
            }
            document.add(block);
        }
    }

    private com.itextpdf.layout.element.Cell right(String value) {
        return style.cell(new Paragraph(value).setMargin(0).setTextAlignment(TextAlignment.RIGHT));
    }
}
