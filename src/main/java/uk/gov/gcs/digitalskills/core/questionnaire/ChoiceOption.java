package uk.gov.gcs.digitalskills.core.questionnaire;

/** An answer to a scenario question, scored by how nearly right it is. */
public record ChoiceOption(String id, String label, int score) {
}
