package uk.gov.gcs.digitalskills.core.insights;

/** Why a file was not imported. Each rejected file has exactly one, with a sentence of detail. */
public enum RejectionReason {
    TOO_LARGE("file over 10 MB"),
    NOT_JSON("not JSON"),
    TOO_DEEP("JSON nested too deeply or too large"),
    NOT_A_RESULT("not a result file"),
    NEWER_FORMAT("newer format version"),
    INVALID_RESULT("result file breaks its format"),
    UNKNOWN_QUESTIONNAIRE("unknown questionnaire version"),
    INVALID_ANSWER("invalid answer"),
    /** An "n/a" answer where the questionnaire does not offer "Not relevant to my role" (DESIGN.md §3.1). */
    NOT_APPLICABLE_NOT_ALLOWED("\"not relevant\" answer where it is not allowed"),
    NO_ATTACHMENT("PDF without the result attachment"),
    ENCRYPTED_PDF("encrypted PDF"),
    DAMAGED_PDF("damaged PDF"),
    UNREADABLE("could not be read");

    private final String summary;

    RejectionReason(String summary) {
        this.summary = summary;
    }

    /** A few words naming the reason, for lists and the command line. */
    public String summary() {
        return summary;
    }
}
