package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.Optional;

/** A statement answered on the questionnaire's shared scale. */
public record ScaleQuestion(String id, String text, Optional<String> hint, BigDecimal weight) implements Question {
}
