package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;

/**
 * Appraisal PDFs as they come back from a line manager: made by the app's own export, then filled in with
 * iText the way a PDF reader saves a filled form (field values in the AcroForm, the rest untouched), or
 * flattened, or a PDF from somewhere else entirely.
 */
public final class ReturnedPdfs {
    private ReturnedPdfs() {
    }

    /** The appraisal PDF the person sends their manager, exactly as the app exports it. */
    public static Path appraisal(AssessmentRecord record, Path target) throws Exception {
        new AppraisalExport("test", ReportFixtures.library()).writePdf(ReportFixtures.scored(record), target);
        return target;
    }

    /**
     * The PDF with the manager's fields filled in: field name to value; {@code objective-agreed} takes
     * the state ({@code objective-agreed-yes} or {@code objective-agreed-no}). Appearances are not
     * regenerated, as many readers leave that to the next viewer: the value is what counts.
     */
    public static Path filled(Path appraisal, Path target, Map<String, String> values) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(appraisal.toFile()), new PdfWriter(target.toFile()))) {
            PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, false);
            values.forEach((name, value) -> {
                PdfFormField field = form.getField(name);
                if (field == null) {
                    throw new IllegalArgumentException("the appraisal PDF has no field " + name);
                }
                field.setValue(value, ManagerResponseReader.AGREED.equals(name));
            });
        }
        return target;
    }

    /** The PDF with its form flattened: the fields' text is drawn on the page and the fields are gone. */
    public static Path flattened(Path pdfWithForm, Path target) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(pdfWithForm.toFile()), new PdfWriter(target.toFile()))) {
            PdfFormCreator.getAcroForm(pdf, false).flattenFields();
        }
        return target;
    }

    /** A PDF some other program made: text only, no attachment, no form. */
    public static Path elsewhere(Path target) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(target.toFile()));
             Document document = new Document(pdf)) {
            document.add(new Paragraph("Minutes of the team meeting"));
        }
        return target;
    }
}
