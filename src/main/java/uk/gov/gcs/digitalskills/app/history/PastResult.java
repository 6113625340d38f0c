package uk.gov.gcs.digitalskills.app.history;

import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;

/** A completed assessment with its questionnaire (when still installed) and its scores. */
public record PastResult(AssessmentRecord record, Optional<Questionnaire> questionnaire) {
    public Optional<ScoreReport> report() {
        return questionnaire.map(q -> Scorer.score(q, record.respondent().role(), record.answers()));
    }
}
