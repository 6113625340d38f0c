package uk.gov.gcs.digitalskills.core.questionnaire;

/** One point on the answer scale, such as 0 "I have not done this". */
public record ScaleOption(int value, String label) {
}
