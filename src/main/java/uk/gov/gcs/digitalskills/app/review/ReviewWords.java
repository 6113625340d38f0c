package uk.gov.gcs.digitalskills.app.review;

import java.util.List;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;

/**
 * How the stages and statuses of a review read on screen ("Mid-year review", "Partly met"), in one place
 * for the objective card, the review form, history and the next year's panel.
 */
public final class ReviewWords {
    private final Messages messages;

    public ReviewWords(Messages messages) {
        this.messages = messages;
    }

    /** The statuses a stage allows, in the order the form offers them (DESIGN.md §3.4). */
    public static List<ReviewStatus> statusesFor(ReviewStage stage) {
        return stage.statuses();
    }

    public String status(ReviewStatus status) {
        return switch (status) {
            case ON_TRACK -> messages.get("review.status.onTrack");
            case BEHIND -> messages.get("review.status.behind");
            case MET -> messages.get("review.status.met");
            case PARTLY_MET -> messages.get("review.status.partlyMet");
            case NOT_MET -> messages.get("review.status.notMet");
        };
    }

    public String stage(ReviewStage stage) {
        return switch (stage) {
            case MID_YEAR -> messages.get("review.stage.midYear");
            case YEAR_END -> messages.get("review.stage.yearEnd");
        };
    }

    /** The year-end outcome as history states it: "Objective met", or that there was no year-end review. */
    public String outcome(java.util.Optional<ReviewStatus> yearEnd) {
        return yearEnd.map(status -> switch (status) {
            case MET -> messages.get("review.outcome.met");
            case PARTLY_MET -> messages.get("review.outcome.partlyMet");
            case NOT_MET -> messages.get("review.outcome.notMet");
            case ON_TRACK, BEHIND -> messages.get("review.outcome.none");
        }).orElse(messages.get("review.outcome.none"));
    }
}
