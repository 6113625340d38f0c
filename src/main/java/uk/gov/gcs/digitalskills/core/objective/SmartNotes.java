package uk.gov.gcs.digitalskills.core.objective;

/** A template's one-line explanation of how it meets each SMART letter. */
public record SmartNotes(String specific, String measurable, String achievable, String relevant,
                         String timeBound) {
}
