package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.forms.form.element.Radio;
import com.itextpdf.forms.form.element.TextArea;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
        ReportDocument.unwrapping(() -> new Writer(PrintableText.of(result), template, resultFile, out).write());
    }

    /**
     * Gets iText ready in this JVM: parses the fonts and writes a small document to nowhere, which loads
     * and initialises the classes a report needs. A command runs this on the second core while it reads and
     * scores its result, so that the report itself starts warm (issue 15). Failing here costs nothing: the
     * real report meets the same failure and says so.
     */
    public static void prepare() {
        try {
            warmUp();
        } catch (IOException | RuntimeException e) {
            // Nothing to do: see above.
        }
    }

    /** What {@link #prepare} does, failures included, so that a test can tell it still runs to its end. */
    static void warmUp() throws IOException {
        // The title page's date first: its month names are the JDK's locale data, read on first use.
        ReportText.date(LocalDate.EPOCH);
        ReportText text = new ReportText();
        ReportDocument pdf = ReportDocument.open(OutputStream.nullOutputStream(), "-", "-", "-");
        ReportStyle style = new ReportStyle(text);
        Document document = ReportDocument.layout(pdf, style);
        document.add(style.heading(StandardRoles.H1, text.get("brand"), "prepare"));
        document.add(new Paragraph(text.get("heading.subtitle")));
        // A text area and a radio button too, drawn flat (no form, so the regular font is not embedded whole):
        // their renderers subclass the layout's own, and loading them only for the report's last page made
        // the compiler throw away and redo about 15 methods it had compiled for the pages before, the
        // text layout's largest among them (docs/benchmarks.md, "Sixth round").
        TextArea area = new TextArea("prepare-area");
        area.setValue(text.get("heading.subtitle"));
        area.setFont(style.regular).setFontSize(ReportStyle.BODY).setWidth(200).setHeight(40);
        document.add(area);
        Radio radio = new Radio("prepare-radio", "prepare");
        document.add(new Paragraph().add(radio));
        document.close();
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
            // The fillable fields need the whole regular font embedded (a manager may type anything).
            ReportDocument pdf = ReportDocument.open(out, title, text.get("brand") + " " + version,
                    text.get("heading.subtitle"));
            ReportStyle style = new ReportStyle(text);
            Document document = ReportDocument.layout(pdf, style);
            TitleSection.add(document, style, record, questionnaire);
            new SummarySection(style, questionnaire, scores).add(document, pdf);
            new StrengthsSection(style, scores, questionnaire.levels()).add(document);
            new AdviceSection(style, record, questionnaire, scores).add(document);
            new ObjectiveSection(style, record.objective(), template, YearWords.yearEnd(record)).add(document);
            new ManagerFormPage(style, record.reviews(), record.manager()).add(document);
            attach(pdf);
            ReportDocument.decorate(document, pdf, style,
                    (page, pages) -> text.get("footer", page, pages, record.assessmentId(), version));
            ReportDocument.outline(pdf, style);
            document.close();
        }

        private void attach(ReportDocument pdf) {
            PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, resultFile,
                    text.get("attachment.description"), EmbeddedResult.NAME, new PdfName("application/json"),
                    null, PdfName.Data);
            pdf.addFileAttachment(EmbeddedResult.NAME, spec);
        }
    }
}
