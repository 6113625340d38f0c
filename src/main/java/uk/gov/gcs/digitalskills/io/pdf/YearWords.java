package uk.gov.gcs.digitalskills.io.pdf;

import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;

/** The performance year in the report's words: statuses, and whether this is a year-end report. */
final class YearWords {
    private YearWords() {
    }

    static String status(ReportText text, ReviewStatus status) {
        return switch (status) {
            case ON_TRACK -> text.get("status.onTrack");
            case BEHIND -> text.get("status.behind");
            case MET -> text.get("status.met");
            case PARTLY_MET -> text.get("status.partlyMet");
            case NOT_MET -> text.get("status.notMet");
        };
    }

    /** The year-end review, which makes the report the year-end review's (issue 13). */
    static Optional<Review> yearEnd(AssessmentRecord record) {
        return record.review(ReviewStage.YEAR_END);
    }

    /** "Objective met", as the title page and the objective section state the outcome. */
    static String outcome(ReportText text, ReviewStatus status) {
        return switch (status) {
            case MET -> text.get("outcome.met");
            case PARTLY_MET -> text.get("outcome.partlyMet");
            case NOT_MET -> text.get("outcome.notMet");
            case ON_TRACK, BEHIND -> text.get("outcome.none");
        };
    }
}
