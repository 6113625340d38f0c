package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.contrast.ColorContrastChecker;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.validation.IValidationChecker;
import com.itextpdf.layout.Document;
import com.itextpdf.pdfua.PdfUAConfig;
import com.itextpdf.pdfua.PdfUADocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF/UA-1 setup both reports share: title and language, the title shown by viewers, document info, A4
 * with the report's margins and body font, the outline from the headings, and iText's wrapped I/O failures
 * handed back as the {@link IOException} they are.
 *
 * <p>iText's colour-contrast checker is left out: it is a WCAG check, not part of PDF/UA-1, it reparses every
 * page (about a fifth of the time), and the reports' few colours are fixed and meet 4.5:1 where text is drawn.
 */
final class ReportDocument extends PdfUADocument {
    private PdfFont defaultFont;

    private ReportDocument(PdfWriter writer, PdfUAConfig config) {
        super(writer, config);
    }

    /**
     * The report's regular font once {@link #layout} has set it. The manager's radio buttons ask their document
     * for its default font though they draw no text; iText's own default is Helvetica, whose metrics it would
     * read and parse for this alone (about 30 ms of CPU in a cold report, issue 15).
     */
    @Override
    public PdfFont getDefaultFont() {
        return defaultFont != null ? defaultFont : super.getDefaultFont();
    }

    @Override
    protected List<IValidationChecker> createCheckers(PdfUAConformance conformance) {
        List<IValidationChecker> checkers = new ArrayList<>(super.createCheckers(conformance));
        checkers.removeIf(ColorContrastChecker.class::isInstance);
        return checkers;
    }

    /** A tagged PDF/UA-1 document in British English with its title, creator and subject set. */
    static ReportDocument open(OutputStream out, String title, String creator, String subject) {
        // BEST_SPEED: deflating the embedded fonts is most of the time, and the fastest level costs about 8%.
        WriterProperties properties = new WriterProperties().setFullCompressionMode(true)
                .setCompressionLevel(CompressionConstants.BEST_SPEED);
        ReportDocument pdf = new ReportDocument(new PdfWriter(out, properties),
                new PdfUAConfig(PdfUAConformance.PDF_UA_1, title, "en-GB"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setCreator(creator);
        info.setSubject(subject);
        return pdf;
    }

    /** An A4 layout document with the report's margins and body text. */
    static Document layout(ReportDocument pdf, ReportStyle style) {
        pdf.defaultFont = style.regular;
        Document document = new Document(pdf, PageSize.A4, false);
        document.setMargins(ReportStyle.MARGIN_TOP, ReportStyle.MARGIN_X, ReportStyle.MARGIN_BOTTOM,
                ReportStyle.MARGIN_X);
        document.setFont(style.regular).setFontSize(ReportStyle.BODY).setFontColor(ReportStyle.TEXT);
        return document;
    }

    /** One outline entry per heading the style made, in order. */
    static void outline(ReportDocument pdf, ReportStyle style) {
        PdfOutline root = pdf.getOutlines(false);
        for (String[] mark : style.bookmarks) {
            root.addOutline(mark[1]).addDestination(PdfDestination.makeDestination(new PdfString(mark[0])));
        }
    }

    /** What a page's footer says, given its number and the number of pages. */
    interface Footer {
        String text(int page, int pages);
    }

    /** The blue rule at the top and the footer of every page, both artifacts (not read aloud). */
    static void decorate(Document document, ReportDocument pdf, ReportStyle style, Footer footer) {
        float left = ReportStyle.MARGIN_X;
        float bottom = ReportStyle.MARGIN_BOTTOM;
        int pages = pdf.getNumberOfPages();
        for (int i = 1; i <= pages; i++) {
            PdfPage page = pdf.getPage(i);
            Rectangle size = page.getPageSize();
            PdfCanvas canvas = new PdfCanvas(page);
            canvas.openTag(new CanvasArtifact());
            canvas.saveState().setFillColor(ReportStyle.BLUE).rectangle(0, size.getTop() - 10, size.getWidth(), 10)
                    .fill().setStrokeColor(ReportStyle.BORDER).setLineWidth(0.75f)
                    .moveTo(left, bottom - 22).lineTo(size.getWidth() - left, bottom - 22)
                    .stroke().restoreState();
            canvas.closeTag();
            Paragraph line = new Paragraph(footer.text(i, pages))
                    .setFont(style.regular).setFontSize(8.5f).setFontColor(ReportStyle.SECONDARY).setMargin(0);
            line.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
            document.showTextAligned(line, left, bottom - 36, i, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
        }
    }

    interface Body {
        void write() throws IOException;
    }

    /** Runs {@code body}, turning iText's wrapped stream failure (a full disk, say) back into its IOException. */
    static void unwrapping(Body body) throws IOException {
        try {
            body.write();
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }
}
