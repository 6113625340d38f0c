package uk.gov.gcs.digitalskills.core.year;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an objective stands at a review. Each status belongs to one stage: "on track" means nothing at
 * year-end, and "met" cannot be known at mid-year.
 */
public enum ReviewStatus {
    ON_TRACK("on-track", ReviewStage.MID_YEAR),
    BEHIND("behind", ReviewStage.MID_YEAR),
    MET("met", ReviewStage.YEAR_END),
    PARTLY_MET("partly-met", ReviewStage.YEAR_END),
    NOT_MET("not-met", ReviewStage.YEAR_END);

    private final String code;
    private final ReviewStage stage;

    ReviewStatus(String code, ReviewStage stage) {
        this.code = code;
        this.stage = stage;
    }

    /** How the result file spells it (DESIGN.md §3.4). */
    public String code() {
        return code;
    }

    /** The one stage this status can be given at. */
    public ReviewStage stage() {
        return stage;
    }

    public static Optional<ReviewStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
