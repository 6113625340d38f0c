package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {
    @Test
    void aLaidOutDocumentsDefaultFontIsTheReportsRegularFont() {
        ReportDocument pdf = ReportDocument.open(OutputStream.nullOutputStream(), "Title", "Creator", "Subject");
        ReportStyle style = new ReportStyle(new ReportText());
        ReportDocument.layout(pdf, style);
        // The manager's radio buttons ask for it: iText's own default would have it read Helvetica's metrics.
        assertThat(pdf.getDefaultFont()).isSameAs(style.regular);
    }
}
