package uk.gov.gcs.digitalskills.core.assessment;

import java.time.OffsetDateTime;

/** An assessment as the store holds it: the record plus when it was last saved. */
public record StoredAssessment(AssessmentRecord record, OffsetDateTime updatedAt) {
}
