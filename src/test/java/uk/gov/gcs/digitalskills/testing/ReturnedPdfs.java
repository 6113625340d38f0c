package uk.gov.gcs.digitalskills.testing;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.pdf.AppraisalExport;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

/**
 * Appraisal PDFs as they come back from a line manager: written by the app, then filled in with iText as a
 * PDF reader's form filling would (field values set, appearances regenerated), or flattened, or not an
 * appraisal PDF at all.
 */
public final class ReturnedPdfs {
    private ReturnedPdfs() {
    }

    /** The app's appraisal PDF for {@code scored}, saved to {@code target} as the export writes it. */
    public static Path appraisal(ScoredResult scored, Path target) {
        try {
            new AppraisalExport("test").writePdf(scored, target);
            return target;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fills the manager's fields of {@code pdf} and writes the result to {@code target}. {@code agreed} is
     * true, false or null (neither box ticked).
     */
    public static Path filled(Path pdf, Path target, String name, String date, Boolean agreed, String comments) {
        return edit(pdf, target, form -> {
            form.getField(ManagerResponseReader.NAME).setValue(name);
            form.getField(ManagerResponseReader.DATE).setValue(date);
            form.getField(ManagerResponseReader.COMMENTS).setValue(comments);
            if (agreed != null) {
                form.getField(ManagerResponseReader.AGREED)
                        .setValue(agreed ? ManagerResponseReader.AGREED_YES : ManagerResponseReader.AGREED_NO);
            }
        });
    }

    /** The filled form with its fields flattened into the page, as "print to PDF" leaves it. */
    public static Path flattened(Path pdf, Path target) {
        return edit(pdf, target, PdfAcroForm::flattenFields);
    }

    /** A PDF from some other program: one page of text, no attachment, no form. */
    public static Path other(Path target) {
        try (PdfDocument document = new PdfDocument(new PdfWriter(target.toFile()));
             Document layout = new Document(document)) {
            layout.add(new Paragraph("Minutes of the team meeting"));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface FormEdit {
        void apply(PdfAcroForm form);
    }

    private static Path edit(Path pdf, Path target, FormEdit edit) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(Files.readAllBytes(pdf))),
                new PdfWriter(target.toFile()))) {
            PdfAcroForm form = PdfFormCreator.getAcroForm(document, false);
            edit.apply(form);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
