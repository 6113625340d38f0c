package uk.gov.gcs.digitalskills.core.scoring;

import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/**
 * An assessment with its questionnaire and its scores: built once per Results screen and handed to the
 * Results and export parts, and what the command line's score, suggest and report start from.
 */
public record ScoredResult(AssessmentRecord record, Questionnaire questionnaire, ScoreReport scores) {

    /** Scores the record with its questionnaire (answers made in the app, or already checked against it). */
    public static ScoredResult of(AssessmentRecord record, Questionnaire questionnaire) {
        return new ScoredResult(record, questionnaire,
                Scorer.score(questionnaire, record.respondent().role(), record.answers()));
    }
}
