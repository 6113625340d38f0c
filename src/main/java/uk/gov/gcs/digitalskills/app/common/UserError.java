package uk.gov.gcs.digitalskills.app.common;

/**
 * A failure as a person sees it: one plain sentence from the message bundle, and the details they can copy
 * for whoever supports them (what failed, its causes, and where the log file is).
 */
public record UserError(String sentence, String details) {
}
