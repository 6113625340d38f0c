package uk.gov.gcs.digitalskills.io.pdf;

import java.util.Locale;
import uk.gov.gcs.digitalskills.core.insights.Count;

/**
 * A count as the team report prints it: "1,204", or, when suppressed, "fewer than N" or "withheld": the words of
 * the screen and the CSV (TeamReportTest checks they match).
 */
final class TeamCells {
    private static final ReportText TEXT = new ReportText("team-report");

    private TeamCells() {
    }

    /** A right-aligned table cell, for figures. */
    static com.itextpdf.layout.element.Cell right(ReportStyle style, String value) {
        return style.cell(new com.itextpdf.layout.element.Paragraph(value).setMargin(0)
                .setTextAlignment(com.itextpdf.layout.properties.TextAlignment.RIGHT));
    }

    static String count(Count count) {
        return count instanceof Count.Shown shown ? String.format(Locale.UK, "%,d", shown.value())
                : count instanceof Count.FewerThan fewer ? TEXT.get("cell.fewerThan", fewer.minimum())
                : TEXT.get("cell.withheld");
    }
}
