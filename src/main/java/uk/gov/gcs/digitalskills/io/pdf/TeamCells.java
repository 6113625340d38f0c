package uk.gov.gcs.digitalskills.io.pdf;

import java.util.Locale;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.io.insights.InsightsNotes;

/** A count as the team report prints it: "1,204", or the words of the screen and the CSV when suppressed. */
final class TeamCells {
    private TeamCells() {
    }

    /** A right-aligned table cell, for figures. */
    static com.itextpdf.layout.element.Cell right(ReportStyle style, String value) {
        return style.cell(new com.itextpdf.layout.element.Paragraph(value).setMargin(0)
                .setTextAlignment(com.itextpdf.layout.properties.TextAlignment.RIGHT));
    }

    static String count(Count count) {
        return count instanceof Count.Shown shown ? String.format(Locale.UK, "%,d", shown.value())
                : InsightsNotes.suppressed(count);
    }
}
