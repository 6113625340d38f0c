package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.Optional;

/** A statement answered on the questionnaire's shared scale: the self-rating part of its area. */
public record ScaleQuestion(String id, String text, Optional<String> hint, BigDecimal weight,
                            boolean allowNotApplicable) implements Question {

    /** A statement as schemaVersion 1 knows it: "n/a" allowed wherever the scale offers it. */
    public ScaleQuestion(String id, String text, Optional<String> hint, BigDecimal weight) {
        this(id, text, hint, weight, true);
    }
}
