package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import java.io.IOException;
import java.nio.file.Path;
import uk.gov.gcs.digitalskills.io.BadFileException;

/**
 * The result file an appraisal PDF carries as the embedded attachment {@value #NAME}, so that a training
 * lead can import the PDFs people hand in.
 */
public final class EmbeddedResult {
    public static final String NAME = "assessment-result.json";

    private EmbeddedResult() {
    }

    /** The attachment's bytes, or a {@link BadFileException} saying plainly why there are none. */
    public static byte[] read(Path pdf) throws BadFileException {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfDictionary names = document.getCatalog().getPdfObject().getAsDictionary(PdfName.Names);
            PdfDictionary files = names == null ? null : names.getAsDictionary(PdfName.EmbeddedFiles);
            if (files != null) {
                byte[] found = find(files);
                if (found != null) {
                    return found;
                }
            }
            throw new BadFileException(pdf.toString(), "", "this PDF has no " + NAME
                    + " attachment, so it was not made by Digital Skills Assessment");
        } catch (BadPasswordException e) {
            throw new BadFileException(pdf.toString(), "", "this PDF is encrypted, so its results cannot be read");
        } catch (IOException | RuntimeException e) {
            throw new BadFileException(pdf.toString(), "", "this PDF is damaged or not a PDF ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Walks a name tree (Names pairs, and Kids below) for the attachment. */
    private static byte[] find(PdfDictionary node) {
        PdfArray pairs = node.getAsArray(PdfName.Names);
        if (pairs != null) {
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                PdfString name = pairs.getAsString(i);
                PdfDictionary spec = pairs.getAsDictionary(i + 1);
                if (name != null && NAME.equals(name.toUnicodeString()) && spec != null) {
                    PdfDictionary embedded = spec.getAsDictionary(PdfName.EF);
                    PdfStream stream = embedded == null ? null : embedded.getAsStream(PdfName.F);
                    if (stream != null) {
                        return stream.getBytes();
                    }
                }
            }
        }
        PdfArray kids = node.getAsArray(PdfName.Kids);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                byte[] found = find(kids.getAsDictionary(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
