package uk.gov.gcs.digitalskills.core.questionnaire;

/** An option of a "select all that apply" question. */
public record MultiOption(String id, String label, boolean correct) {
}
