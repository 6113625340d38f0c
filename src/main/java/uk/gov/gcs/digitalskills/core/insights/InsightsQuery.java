package uk.gov.gcs.digitalskills.core.insights;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Which aggregates to compute: the grouping, the minimum group size below which figures are suppressed,
 * an optional period of completion months (both ends included) and the questionnaire version of the view
 * (DESIGN.md §3.5: one figure never mixes versions; empty means the newest version imported).
 */
public record InsightsQuery(Grouping grouping, int minGroupSize, Optional<YearMonth> from, Optional<YearMonth> to,
                            Optional<String> version) {
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;
    public static final int SMALLEST_MIN_GROUP_SIZE = 3;

    public InsightsQuery {
        Objects.requireNonNull(grouping);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(version);
        if (minGroupSize < SMALLEST_MIN_GROUP_SIZE) {
            throw new IllegalArgumentException("the minimum group size must be at least " + SMALLEST_MIN_GROUP_SIZE
                    + ", so that no one can be picked out; " + minGroupSize + " is too small");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the period starts (" + from.get() + ") after it ends ("
                    + to.get() + ")");
        }
    }

    /** The newest version imported. */
    public InsightsQuery(Grouping grouping, int minGroupSize, Optional<YearMonth> from, Optional<YearMonth> to) {
        this(grouping, minGroupSize, from, to, Optional.empty());
    }

    public static InsightsQuery overall() {
        return new InsightsQuery(Grouping.NONE, DEFAULT_MIN_GROUP_SIZE, Optional.empty(), Optional.empty());
    }

    public InsightsQuery by(Grouping newGrouping) {
        return new InsightsQuery(newGrouping, minGroupSize, from, to, version);
    }

    public InsightsQuery withMinGroupSize(int size) {
        return new InsightsQuery(grouping, size, from, to, version);
    }

    public InsightsQuery between(Optional<YearMonth> newFrom, Optional<YearMonth> newTo) {
        return new InsightsQuery(grouping, minGroupSize, newFrom, newTo, version);
    }

    /** The questionnaire version to show; empty for the newest imported. */
    public InsightsQuery withVersion(Optional<String> newVersion) {
        return new InsightsQuery(grouping, minGroupSize, from, to, newVersion);
    }

    /**
     * Whether a result counts in the period. With a period set, a result without a completion month is
     * left out, since no one can say it falls inside.
     */
    public boolean includes(Optional<YearMonth> month) {
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        if (month.isEmpty()) {
            return false;
        }
        return from.map(f -> !month.get().isBefore(f)).orElse(true) && to.map(t -> !month.get().isAfter(t)).orElse(true);
    }
}
