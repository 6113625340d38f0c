package uk.gov.gcs.digitalskills.core.insights;

import java.util.Objects;
import java.util.Optional;

/**
 * The only three facts the insights store keeps about a person's objective (DESIGN.md §3.4): whether there is
 * one, whether the manager agreed it ({@code manager.agreed}; empty when not answered) and the year-end
 * status (empty before the year-end review). Never the objective's text, the manager's name, comments or
 * review notes.
 */
public record ObjectiveFacts(boolean hasObjective, Optional<Boolean> agreed, Optional<YearEndStatus> yearEnd) {
    public static final ObjectiveFacts NONE = new ObjectiveFacts(false, Optional.empty(), Optional.empty());

    public ObjectiveFacts {
        Objects.requireNonNull(agreed);
        Objects.requireNonNull(yearEnd);
    }

    /** Packed into one small number for the store and the in-memory figures; see {@link #unpack}. */
    public int pack() {
        int a = agreed.map(v -> v ? 1 : 2).orElse(0);
        int y = yearEnd.map(s -> s.ordinal() + 1).orElse(0);
        return (hasObjective ? 1 : 0) | a << 1 | y << 3;
    }

    public static ObjectiveFacts unpack(int packed) {
        int a = packed >> 1 & 3;
        int y = packed >> 3 & 3;
        return new ObjectiveFacts((packed & 1) == 1, a == 0 ? Optional.empty() : Optional.of(a == 1),
                y == 0 ? Optional.empty() : Optional.of(YearEndStatus.values()[y - 1]));
    }
}
