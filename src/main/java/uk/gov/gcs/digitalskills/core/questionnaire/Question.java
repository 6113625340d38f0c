package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.Optional;

/** One item of the questionnaire. Each kind scores differently (see {@code core.scoring.Scorer}). */
public sealed interface Question permits ScaleQuestion, ChoiceQuestion, MultiQuestion {
    String id();

    String text();

    Optional<String> hint();

    /** Multiplies both points and maximum; 1 unless the author says otherwise. */
    BigDecimal weight();

    /**
     * The effective {@code allowNotApplicable} of this item: its own value, else its area's, resolved when the
     * file is read. Knowledge items never allow "n/a" (they have a best answer), so theirs is always false.
     * Front ends ask {@link Questionnaire#allowsNotApplicable(Question)}, which also needs the scale's option.
     */
    boolean allowNotApplicable();

    /** Whether the item belongs to the knowledge part of its area (choice and multi) rather than self-rating. */
    default boolean knowledge() {
        return !(this instanceof ScaleQuestion);
    }
}
