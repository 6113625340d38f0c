package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.CalibrationCount;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;

/** "Calibration per area": how many over-rate, are aligned and under-rate, each count suppressed as on screen. */
final class TeamCalibrationSection {
    private final ReportStyle style;
    private final ReportText text;
    private final InsightsReport report;

    TeamCalibrationSection(ReportStyle style, InsightsReport report) {
        this.style = style;
        this.text = style.text;
        this.report = report;
    }

    void add(Document document) {
        document.add(style.sectionHeading("calibration.heading", "calibration"));
        if (report.overall().areas().stream().allMatch(a -> !a.count().suppressed() && a.calibration().isEmpty())) {
            document.add(style.body(text.get("calibration.none")));
            return;
        }
        document.add(style.body(text.get("calibration.intro")));
        Table table = new Table(UnitValue.createPercentArray(new float[] {40, 20, 20, 20})).useAllAvailableWidth()
                .setMarginBottom(12);
        table.addHeaderCell(style.headerCell(text.get("calibration.area"), "Column", TextAlignment.LEFT));
        for (Calibration c : Calibration.values()) {
            table.addHeaderCell(style.headerCell(text.get("calibration." + c.id()), "Column", TextAlignment.RIGHT));
        }
        for (AreaSummary area : report.overall().areas()) {
            table.addCell(style.rowHeaderCell(new Paragraph(area.title()).setMargin(0)));
            for (Calibration c : Calibration.values()) {
                table.addCell(TeamCells.right(style, cell(area, c)));
            }
        }
        document.add(table);
    }

    private String cell(AreaSummary area, Calibration wanted) {
        if (area.count().suppressed()) {
            return TeamCells.count(area.count());
        }
        return area.calibration().stream().filter(c -> c.calibration() == wanted).findFirst()
                .map(CalibrationCount::count).map(TeamCells::count).orElse(text.get("calibration.notMeasured"));
    }
}
