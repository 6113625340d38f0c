package uk.gov.gcs.digitalskills.core.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A mid-year or year-end review of the objective: when, the actual figure reached by then (if the person
 * gave one), the status and a short note. A review always holds together: its status is one its stage
 * allows and its note is within {@link #NOTE_LIMIT} (code points); check input with {@link ReviewStage#allows} and
 * {@link #noteTooLong} before making one.
 */
public record Review(ReviewStage stage, LocalDate date, Optional<BigDecimal> actual, ReviewStatus status,
                     String note) {
    /** The longest note, in characters (Unicode code points, so an accented letter counts once). */
    public static final int NOTE_LIMIT = 1_000;

    public Review {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        // Kept by value with no trailing decimal zeros (1520.50 is 1520.5; 640 stays 640, never 6.4E+2), so a
        // review reads back equal from a file or the store, whose JSON reader drops trailing zeros.
        actual = actual == null ? Optional.empty() : actual.map(Review::plain);
        note = note == null ? "" : note;
        if (!stage.allows(status)) {
            throw new IllegalArgumentException("a " + stage.code() + " review cannot be '" + status.code() + "'");
        }
        if (noteTooLong(note)) {
            throw new IllegalArgumentException("a review note is at most " + NOTE_LIMIT + " characters");
        }
    }

    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static boolean noteTooLong(String note) {
        return note != null && note.codePointCount(0, note.length()) > NOTE_LIMIT;
    }
}
