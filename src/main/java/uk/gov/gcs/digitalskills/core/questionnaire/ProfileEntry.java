package uk.gov.gcs.digitalskills.core.questionnaire;

/** One choice in a profile list: a role, a grade or an organisation. */
public record ProfileEntry(String id, String label) {
}
