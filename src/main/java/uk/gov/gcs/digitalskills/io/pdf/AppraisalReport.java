package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.contrast.ColorContrastChecker;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.validation.IValidationChecker;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfua.PdfUAConfig;
import com.itextpdf.pdfua.PdfUADocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

/**
 * The appraisal PDF (issue 6): A4, PDF/UA-1, fonts embedded, the result file attached as
 * {@value EmbeddedResult#NAME}. One instance can write any number of reports; it is safe to share between
 * threads because each report gets its own document.
 *
 * <p>This class sets up the document and the page furniture (rule, footer, outline, attachment); each section
 * is its own class ({@link TitleSection}, {@link SummarySection}, {@link StrengthsSection},
 * {@link AdviceSection}, {@link ObjectiveSection}, {@link ManagerFormPage}) built from {@link ReportStyle}.
 */
public final class AppraisalReport {
    private final String version;
    private final ReportText text = new ReportText();

    /** @param generatorVersion the app's version, printed in every page's footer */
    public AppraisalReport(String generatorVersion) {
        this.version = Objects.requireNonNull(generatorVersion);
    }

    /**
     * Writes the report for a complete result.
     *
     * @param result     the record with its questionnaire and scores; must be complete
     * @param template   the objective's template, for its field labels and SMART notes, when known
     * @param resultFile the result file's bytes, embedded unchanged as {@value EmbeddedResult#NAME}
     * @throws IllegalArgumentException when the result is incomplete
     */
    public void write(ScoredResult result, Optional<ObjectiveTemplate> template, byte[] resultFile,
                      OutputStream out) throws IOException {
        if (!result.scores().complete()) {
            throw new IllegalArgumentException("a report needs a complete result; "
                    + result.scores().unanswered().size() + " questions are unanswered");
        }
        try {
            new Writer(PrintableText.of(result), template, resultFile, out).write();
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            // iText wraps the stream's IOException (a full disk, say); hand it back so callers can explain it.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }

    /** The report as bytes; see {@link #write}. */
    public byte[] toBytes(ScoredResult result, Optional<ObjectiveTemplate> template, byte[] resultFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(result, template, resultFile, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * A PDF/UA document without iText's colour-contrast checker: that checker (a WCAG check, not part of
     * PDF/UA-1) reparses every page and took about a fifth of the time, and the report's few colours are fixed
     * and all at least 4.5:1 against their background.
     */
    private static final class ReportDocument extends PdfUADocument {
        ReportDocument(PdfWriter writer, PdfUAConfig config) {
            super(writer, config);
        }

        @Override
        protected List<IValidationChecker> createCheckers(PdfUAConformance conformance) {
            List<IValidationChecker> checkers = new ArrayList<>(super.createCheckers(conformance));
            checkers.removeIf(ColorContrastChecker.class::isInstance);
            return checkers;
        }
    }

    /** One report being written. */
    private final class Writer {
        private final AssessmentRecord record;
        private final Questionnaire questionnaire;
        private final ScoreReport scores;
        private final Optional<ObjectiveTemplate> template;
        private final byte[] resultFile;
        private final OutputStream out;

        Writer(ScoredResult result, Optional<ObjectiveTemplate> template, byte[] resultFile, OutputStream out) {
            this.record = result.record();
            this.questionnaire = result.questionnaire();
            this.scores = result.scores();
            this.template = template;
            this.resultFile = resultFile.clone();
            this.out = out;
        }

        void write() throws IOException {
            String title = TitleSection.documentTitle(record, text);
            // The fillable fields need the whole regular font embedded (a manager may type anything); deflating
            // its 400 KB is most of the time, and the fastest level costs only about 8% in file size.
            WriterProperties properties = new WriterProperties().setFullCompressionMode(true)
                    .setCompressionLevel(CompressionConstants.BEST_SPEED);
            PdfUADocument pdf = new ReportDocument(new PdfWriter(out, properties),
                    new PdfUAConfig(PdfUAConformance.PDF_UA_1, title, "en-GB"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setCreator(text.get("brand") + " " + version);
            info.setSubject(text.get("heading.subtitle"));
            ReportStyle style = new ReportStyle(text);

            Document document = new Document(pdf, PageSize.A4, false);
            document.setMargins(ReportStyle.MARGIN_TOP, ReportStyle.MARGIN_X, ReportStyle.MARGIN_BOTTOM,
                    ReportStyle.MARGIN_X);
            document.setFont(style.regular).setFontSize(ReportStyle.BODY).setFontColor(ReportStyle.TEXT);
            TitleSection.add(document, style, record, questionnaire);
            new SummarySection(style, questionnaire, scores).add(document, pdf);
            new StrengthsSection(style, scores, questionnaire.levels()).add(document);
            new AdviceSection(style, record, questionnaire, scores).add(document);
            new ObjectiveSection(style, record.objective(), template, YearWords.yearEnd(record)).add(document);
            new ManagerFormPage(style, record.reviews(), record.manager()).add(document);
            attach(pdf);
            decoratePages(document, pdf, style);
            outlines(pdf, style);
            document.close();
        }

        private void attach(PdfUADocument pdf) {
            PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, resultFile,
                    text.get("attachment.description"), EmbeddedResult.NAME, new PdfName("application/json"),
                    null, PdfName.Data);
            pdf.addFileAttachment(EmbeddedResult.NAME, spec);
        }

        /** The blue rule at the top and the footer of every page, both artifacts (not read aloud). */
        private void decoratePages(Document document, PdfUADocument pdf, ReportStyle style) {
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
                Paragraph footer = new Paragraph(text.get("footer", i, pages, record.assessmentId(), version))
                        .setFont(style.regular).setFontSize(8.5f).setFontColor(ReportStyle.SECONDARY).setMargin(0);
                footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
                document.showTextAligned(footer, left, bottom - 36, i, TextAlignment.LEFT,
                        VerticalAlignment.BOTTOM, 0);
            }
        }

        private void outlines(PdfUADocument pdf, ReportStyle style) {
            PdfOutline root = pdf.getOutlines(false);
            for (String[] mark : style.bookmarks) {
                root.addOutline(mark[1]).addDestination(PdfDestination.makeDestination(new PdfString(mark[0])));
            }
        }
    }
}
