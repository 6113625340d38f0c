package uk.gov.gcs.digitalskills.core.insights;

import java.util.Optional;

/** The year-end status of an objective, as the insights store keeps it (DESIGN.md §3.4, §3.5). */
public enum YearEndStatus {
    MET("met"), PARTLY_MET("partly-met"), NOT_MET("not-met");

    private final String id;

    YearEndStatus(String id) {
        this.id = id;
    }

    /** The id used in result files and in {@code insights --format json}. */
    public String id() {
        return id;
    }

    public static Optional<YearEndStatus> fromId(String id) {
        for (YearEndStatus s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
