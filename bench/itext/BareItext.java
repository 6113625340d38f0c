import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.pdfua.PdfUAConfig;
import com.itextpdf.pdfua.PdfUADocument;
import java.io.FileOutputStream;
import java.io.InputStream;

/**
 * The yardstick of the cold {@code report} measurement in bench/startup.sh: the least a program can do to
 * write a 2-page PDF/UA-1 document with iText: one embedded font (the app's own regular font, since PDF/UA
 * needs embedded fonts), a heading and a paragraph on each page, title and language set.
 *
 *   BareItext OUT.pdf
 */
public final class BareItext {
    private BareItext() {
    }

    public static void main(String[] args) throws Exception {
        byte[] font;
        try (InputStream in = BareItext.class.getResourceAsStream("/DSASans-Regular.ttf")) {
            font = in.readAllBytes();
        }
        try (FileOutputStream out = new FileOutputStream(args[0])) {
            PdfUADocument pdf = new PdfUADocument(new PdfWriter(out),
                    new PdfUAConfig(PdfUAConformance.PDF_UA_1, "Bare iText", "en-GB"));
            PdfFont regular = PdfFontFactory.createFont(font, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.PREFER_EMBEDDED);
            Document document = new Document(pdf, PageSize.A4);
            document.setFont(regular);
            for (int page = 1; page <= 2; page++) {
                if (page > 1) {
                    document.add(new AreaBreak());
                }
                Paragraph heading = new Paragraph("Page " + page).setFontSize(20);
                heading.getAccessibilityProperties().setRole(StandardRoles.H1);
                document.add(heading);
                document.add(new Paragraph("A paragraph of plain text on page " + page
                        + ", written to measure how long iText takes to write a small accessible PDF from cold."));
            }
            document.close();
        }
        System.out.println("Wrote " + args[0]);
    }
}
