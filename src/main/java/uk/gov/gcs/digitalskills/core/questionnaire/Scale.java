package uk.gov.gcs.digitalskills.core.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * The answer scale shared by every scale question. {@code notApplicableLabel} is present when people may
 * answer "Not relevant to my role", which removes the item from scoring.
 */
public record Scale(List<ScaleOption> options, Optional<String> notApplicableLabel) {
    public Scale {
        options = List.copyOf(options);
    }

    public boolean allowsNotApplicable() {
        return notApplicableLabel.isPresent();
    }

    public int maxValue() {
        return options.stream().mapToInt(ScaleOption::value).max().orElse(0);
    }

    public boolean hasValue(int value) {
        return options.stream().anyMatch(o -> o.value() == value);
    }
}
