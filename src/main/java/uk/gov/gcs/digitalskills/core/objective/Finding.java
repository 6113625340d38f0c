package uk.gov.gcs.digitalskills.core.objective;

import java.util.List;
import java.util.Optional;

/**
 * One thing to fix, under one SMART letter and, when it is about one field, by that field. {@code fieldId}
 * may also be {@link ObjectiveFields#BASELINE_MEASURE_BY} or {@link ObjectiveFields#TARGET_REASON}. Args are
 * strings, numbers ({@link java.math.BigDecimal}) or dates ({@link java.time.LocalDate}) for the message.
 */
public record Finding(SmartLetter letter, CheckCode code, Optional<String> fieldId, List<Object> args) {
    public Finding {
        args = List.copyOf(args);
    }

    static Finding field(SmartLetter letter, CheckCode code, String fieldId, Object... args) {
        return new Finding(letter, code, Optional.of(fieldId), List.of(args));
    }

    static Finding general(SmartLetter letter, CheckCode code, Object... args) {
        return new Finding(letter, code, Optional.empty(), List.of(args));
    }
}
