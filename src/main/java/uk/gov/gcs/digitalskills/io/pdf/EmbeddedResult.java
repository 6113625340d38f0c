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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** Why a PDF gave no result, for importers that count and explain rejections. */
    public enum Failure {
        NO_ATTACHMENT, ENCRYPTED, DAMAGED
    }

    /** A PDF that carries no readable result; the message says why in one plain sentence. */
    public static final class UnreadableException extends BadFileException {
        private final Failure failure;

        UnreadableException(Path pdf, Failure failure, String message) {
            super(pdf.toString(), "", message);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** The attachment's bytes, or an {@link UnreadableException} saying plainly why there are none. */
    public static byte[] read(Path pdf) throws UnreadableException {
        try {
            return readOpened(pdf);
        } catch (UnreadableException e) {
            throw e;
        } catch (BadPasswordException e) {
            throw encrypted(pdf);
        } catch (IOException | RuntimeException e) {
            // Without a cryptography provider iText cannot even open an encrypted PDF and reports it as
            // damaged; the trailer's /Encrypt entry (never itself encrypted) tells the two apart.
            if (declaresEncryption(pdf)) {
                throw encrypted(pdf);
            }
            // Plain words only: iText's exception name means nothing to the person reading the message.
            throw new UnreadableException(pdf, Failure.DAMAGED, "this PDF is damaged or not a PDF");
        }
    }

    private static UnreadableException encrypted(Path pdf) {
        return new UnreadableException(pdf, Failure.ENCRYPTED, "this PDF is encrypted, so its results cannot be read");
    }

    private static byte[] readOpened(Path pdf) throws IOException, UnreadableException {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfDictionary names = document.getCatalog().getPdfObject().getAsDictionary(PdfName.Names);
            PdfDictionary files = names == null ? null : names.getAsDictionary(PdfName.EmbeddedFiles);
            if (files != null) {
                byte[] found = find(files);
                if (found != null) {
                    return found;
                }
            }
            throw new UnreadableException(pdf, Failure.NO_ATTACHMENT, "this PDF has no " + NAME
                    + " attachment, so it was not made by Digital Skills Assessment");
        }
    }

    /** Whether the file has an /Encrypt entry (dictionary keys are never encrypted, so it can be seen). */
    static boolean declaresEncryption(Path pdf) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            return false;
        }
        byte[] key = "/Encrypt".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + key.length <= bytes.length; i++) {
            for (int k = 0; k < key.length; k++) {
                if (bytes[i + k] != key[k]) {
                    continue outer;
                }
            }
            int next = i + key.length;
            // "/Encrypt" itself, not a longer name such as "/EncryptMetadata".
            if (next == bytes.length || !Character.isLetterOrDigit(bytes[next])) {
                return true;
            }
        }
        return false;
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
