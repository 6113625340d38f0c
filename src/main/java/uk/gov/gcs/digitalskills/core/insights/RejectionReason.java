package uk.gov.gcs.digitalskills.core.insights;

/**
 * Why a file was not imported. Each rejected file has exactly one, with a sentence of detail. The summary says
 * in plain words what is wrong with the file (never a Java class name); the app words the same reasons in
 * {@code insights.reason.*}.
 */
public enum RejectionReason {
    TOO_LARGE("the file is over 10 MB, too large to be a result file or an appraisal PDF"),
    NOT_JSON("the file is not in the JSON format that result files use"),
    TOO_DEEP("the file\u2019s JSON is nested too deeply or is too large to read safely"),
    NOT_A_RESULT("the file is JSON, but not a Digital Skills Assessment result file"),
    NEWER_FORMAT("the result file was made by a newer version of Digital Skills Assessment"),
    INVALID_RESULT("the result file is missing something it needs, or has a value it should not"),
    UNKNOWN_QUESTIONNAIRE("the result is for a questionnaire version that is not installed"),
    INVALID_ANSWER("an answer in the result file does not fit its question"),
    /** An "n/a" answer where the questionnaire does not offer "Not relevant to my role" (DESIGN.md §3.1). */
    NOT_APPLICABLE_NOT_ALLOWED("an answer says \"not relevant to my role\" where the question does not allow it"),
    NO_ATTACHMENT("the PDF does not carry a result, so it is not an appraisal PDF from Digital Skills Assessment"),
    ENCRYPTED_PDF("the PDF is password-protected, so the result in it cannot be read"),
    DAMAGED_PDF("the PDF is damaged or incomplete, so it cannot be opened"),
    UNREADABLE("the file could not be read");

    private final String summary;

    RejectionReason(String summary) {
        this.summary = summary;
    }

    /** A few words naming the reason, for lists and the command line. */
    public String summary() {
        return summary;
    }
}
