package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;

/**
 * Reads the line manager's part of an appraisal PDF that has come back filled in (DESIGN.md §3.4): the
 * AcroForm fields {@value #COMMENTS}, {@value #AGREED} (states {@value #AGREED_YES} and {@value #AGREED_NO}),
 * {@value #NAME} and {@value #DATE}, and the assessment id from the embedded {@value EmbeddedResult#NAME}.
 * A PDF that cannot give a response fails with a {@link Failure} (a reason, never a sentence for the app:
 * the app words it from its bundle, the command line in its own English).
 */
public final class ManagerResponseReader {
    public static final String COMMENTS = "manager-comments";
    public static final String AGREED = "objective-agreed";
    public static final String AGREED_YES = "objective-agreed-yes";
    public static final String AGREED_NO = "objective-agreed-no";
    public static final String NAME = "manager-name";
    public static final String DATE = "manager-date";
    private static final List<String> FIELDS = List.of(COMMENTS, AGREED, NAME, DATE);

    /** Why a PDF gave no manager's response. */
    public enum Failure {
        /** No result attached, or not one this app can read: a PDF from elsewhere, or a printed copy. */
        NOT_AN_APPRAISAL,
        /** Damaged, or not a PDF at all. */
        DAMAGED,
        /** Password-protected, so nothing in it can be read. */
        ENCRYPTED,
        /** An appraisal PDF whose form fields are gone: flattened, or printed to a new PDF by a program that kept the attachment. */
        FLATTENED,
        /** The form is there but the manager has filled in none of it. */
        EMPTY,
        /** Only when matching: the PDF is for an assessment that is not kept on this computer. */
        UNKNOWN_ASSESSMENT
    }

    /**
     * What the manager filled in, for which assessment. {@code unreadDate} is what they typed in the date
     * field when it is not a date this app understands (the response then has no date), so it can be shown
     * and corrected rather than silently lost.
     */
    public record Returned(UUID assessmentId, ManagerResponse manager, Optional<String> unreadDate) {
    }

    /** A PDF that gave no response; {@link #failure()} says why, and the message says it in plain English. */
    public static final class UnreadableException extends BadFileException {
        private final Failure failure;
        private final transient Optional<UUID> assessmentId;

        public UnreadableException(Path pdf, Failure failure, Optional<UUID> assessmentId, String message,
                                   Throwable cause) {
            super(pdf.toString(), "", message);
            this.failure = failure;
            this.assessmentId = assessmentId;
            if (cause != null) {
                initCause(cause);
            }
        }

        public Failure failure() {
            return failure;
        }

        /** The assessment the PDF is for, when that much could be read. */
        public Optional<UUID> assessmentId() {
            return assessmentId;
        }
    }

    private final ContentFiles files;

    public ManagerResponseReader(ContentFiles files) {
        this.files = files;
    }

    public ManagerResponseReader() {
        this(new ContentFiles());
    }

    /** Reads the response without checking where its assessment is kept (the command without --save). */
    public Returned read(Path pdf) throws UnreadableException {
        UUID id = assessmentId(pdf);
        Map<String, String> fields = fields(pdf, id);
        if (FIELDS.stream().noneMatch(fields::containsKey)) {
            throw new UnreadableException(pdf, Failure.FLATTENED, Optional.of(id), "this appraisal PDF has no form"
                    + " fields left (it was flattened or printed), so the manager's part cannot be read. Ask your"
                    + " manager to fill in the PDF you sent them and send that file back", null);
        }
        String typedDate = text(fields.get(DATE)).strip();
        Optional<LocalDate> date = FieldInput.date(typedDate);
        ManagerResponse response = new ManagerResponse(text(fields.get(NAME)).strip(), date,
                agreed(fields.get(AGREED)), text(fields.get(COMMENTS)).strip());
        if (response.isEmpty() && typedDate.isEmpty()) {
            throw new UnreadableException(pdf, Failure.EMPTY, Optional.of(id), "the manager's part of this PDF is"
                    + " still empty: no name, date, agreement or comments", null);
        }
        return new Returned(id, response, date.isEmpty() && !typedDate.isEmpty() ? Optional.of(typedDate)
                : Optional.empty());
    }

    /**
     * Reads the response and checks that its assessment is kept in {@code repository}, so that it can be
     * saved with it; other store failures are the store's own ({@code DatabaseException}).
     */
    public Returned read(Path pdf, AssessmentRepository repository) throws UnreadableException {
        Returned returned = read(pdf);
        try {
            // The port has no "exists": load fails with NOT_FOUND for an assessment it does not keep.
            repository.load(returned.assessmentId());
        } catch (DatabaseException e) {
            if (e.kind() != DatabaseException.Kind.NOT_FOUND) {
                throw e;
            }
            throw new UnreadableException(pdf, Failure.UNKNOWN_ASSESSMENT, Optional.of(returned.assessmentId()),
                    "this PDF is for assessment " + returned.assessmentId() + ", which is not saved on this"
                    + " computer", e);
        }
        return returned;
    }

    private UUID assessmentId(Path pdf) throws UnreadableException {
        byte[] attached;
        try {
            attached = EmbeddedResult.read(pdf);
        } catch (EmbeddedResult.UnreadableException e) {
            throw switch (e.failure()) {
                case NO_ATTACHMENT -> notAppraisal(pdf, e);
                case ENCRYPTED -> new UnreadableException(pdf, Failure.ENCRYPTED, Optional.empty(),
                        "this PDF is password-protected, so the manager's part cannot be read", e);
                case DAMAGED -> new UnreadableException(pdf, Failure.DAMAGED, Optional.empty(),
                        "this PDF is damaged or not a PDF, so the manager's part cannot be read", e);
            };
        }
        try {
            return files.readResult(new ByteArrayInputStream(attached), EmbeddedResult.NAME).assessmentId();
        } catch (BadFileException e) {
            throw notAppraisal(pdf, e);
        }
    }

    private static UnreadableException notAppraisal(Path pdf, Throwable cause) {
        return new UnreadableException(pdf, Failure.NOT_AN_APPRAISAL, Optional.empty(), "this is not an appraisal"
                + " PDF from Digital Skills Assessment (it carries no readable " + EmbeddedResult.NAME + "). If your"
                + " manager printed it or saved a copy, ask them to fill in the PDF you sent them and send that"
                + " file back", cause);
    }

    /** The values of the manager's fields that the PDF has, by name ("" for one left blank). */
    private static Map<String, String> fields(Path pdf, UUID id) throws UnreadableException {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfAcroForm form = PdfFormCreator.getAcroForm(document, false);
            Map<String, String> values = new HashMap<>();
            if (form != null) {
                for (Map.Entry<String, PdfFormField> field : form.getAllFormFields().entrySet()) {
                    if (FIELDS.contains(field.getKey())) {
                        String value = field.getValue().getValueAsString();
                        values.put(field.getKey(), value == null ? "" : value);
                    }
                }
            }
            return values;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(pdf, Failure.DAMAGED, Optional.of(id),
                    "this PDF is damaged, so the manager's part cannot be read", e);
        }
    }

    /**
     * A text field's value with its line breaks as "\n": PDF readers keep a multi-line value with carriage
     * returns (Acrobat) or CR LF, and a comment must read the same wherever it is shown.
     */
    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Yes, no, or (neither box ticked, "Off") not said. */
    private static Optional<Boolean> agreed(String state) {
        if (AGREED_YES.equals(state)) {
            return Optional.of(true);
        }
        if (AGREED_NO.equals(state)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
