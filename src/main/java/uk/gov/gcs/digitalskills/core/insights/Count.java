package uk.gov.gcs.digitalskills.core.insights;

import java.util.OptionalInt;

/**
 * A number of results that may be shown only when it reaches the minimum group size. A suppressed count
 * does not carry the number at all, so nothing downstream can leak it.
 */
public sealed interface Count permits Count.Shown, Count.FewerThan, Count.Withheld {

    record Shown(int value) implements Count {
    }

    /** Fewer results than {@code minimum}: shown as "fewer than N". */
    record FewerThan(int minimum) implements Count {
    }

    /**
     * At least {@code minimum} results, but withheld because showing it would let a reader subtract their
     * way to a suppressed neighbour (secondary suppression).
     */
    record Withheld(int minimum) implements Count {
    }

    static Count of(int value, int minimum) {
        return value >= minimum ? new Shown(value) : new FewerThan(minimum);
    }

    default boolean suppressed() {
        return !(this instanceof Shown);
    }

    default OptionalInt shown() {
        return this instanceof Shown shown ? OptionalInt.of(shown.value()) : OptionalInt.empty();
    }
}
