package uk.gov.gcs.digitalskills.core.questionnaire;

/** A named public resource suggested for an area. */
public record LearningResource(String title, String detail) {
}
