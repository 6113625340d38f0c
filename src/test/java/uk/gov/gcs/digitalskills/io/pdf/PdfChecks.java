package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reading back what the report wrote: veraPDF, text, structure, fonts. */
final class PdfChecks {
    private static boolean veraReady;

    private PdfChecks() {
    }

    /** veraPDF's PDF/UA-1 failures, one line each; empty when compliant. */
    static synchronized List<String> pdfUaFailures(byte[] pdf)
            throws ModelParsingException, EncryptedPdfException, ValidationException, IOException {
        if (!veraReady) {
            VeraGreenfieldFoundryProvider.initialise();
            veraReady = true;
        }
        try (InputStream in = new ByteArrayInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage() + " @ " + assertion.getLocation().getContext());
                }
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add("not compliant, but no failed assertion was reported");
            }
            return failures;
        }
    }

    static PdfDocument open(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    /** Every page's text, in order, as iText extracts it. */
    static String text(byte[] pdf) throws IOException {
        try (PdfDocument document = open(pdf)) {
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(document.getPage(i))).append('\n');
            }
            return all.toString();
        }
    }

    /** Every font descriptor in the file, to check that each one carries its font program. */
    static List<PdfDictionary> fontDescriptors(PdfDocument document) {
        List<PdfDictionary> found = new ArrayList<>();
        for (int i = 1; i < document.getNumberOfPdfObjects(); i++) {
            PdfObject object = document.getPdfObject(i);
            if (object instanceof PdfDictionary dictionary
                    && PdfName.FontDescriptor.equals(dictionary.getAsName(PdfName.Type))) {
                found.add(dictionary);
            }
        }
        return found;
    }

    /** Visits every structure element depth first. */
    static void walk(IStructureNode node, Consumer<PdfStructElem> visitor) {
        if (node instanceof PdfStructElem element) {
            visitor.accept(element);
        }
        List<IStructureNode> kids = node.getKids();
        if (kids != null) {
            for (IStructureNode kid : kids) {
                if (kid != null) {
                    walk(kid, visitor);
                }
            }
        }
    }
}
