package uk.gov.gcs.digitalskills.io.db;

import java.time.OffsetDateTime;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;

/** An assessment as the store holds it: the record plus when it was last saved. */
public record StoredAssessment(AssessmentRecord record, OffsetDateTime updatedAt) {
}
