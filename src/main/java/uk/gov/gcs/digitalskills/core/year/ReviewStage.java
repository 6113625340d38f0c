package uk.gov.gcs.digitalskills.core.year;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The two checkpoints of the performance year (DESIGN.md §2 step 9), in the order they happen. */
public enum ReviewStage {
    MID_YEAR("mid-year"),
    YEAR_END("year-end");

    private final String code;

    ReviewStage(String code) {
        this.code = code;
    }

    /** How the result file spells it (DESIGN.md §3.4). */
    public String code() {
        return code;
    }

    public static Optional<ReviewStage> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The statuses a review at this stage may have: mid-year looks ahead, year-end says how it ended. */
    public List<ReviewStatus> statuses() {
        return Arrays.stream(ReviewStatus.values()).filter(s -> s.stage() == this).toList();
    }

    public boolean allows(ReviewStatus status) {
        return status != null && status.stage() == this;
    }
}
