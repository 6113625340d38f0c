package uk.gov.gcs.digitalskills.core.objective;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The objective a person chose: which template, what they typed in each field, the final sentence (which
 * they may have edited) and its deadline.
 */
public record DigitalObjective(String templateId, Map<String, String> values, String text,
                               Optional<LocalDate> deadline) {
    public DigitalObjective {
        values = Map.copyOf(values);
    }
}
