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
}
