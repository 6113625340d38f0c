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

    // Loops rather than streams here: scoring and the answer rules ask for every answer of every file an
    // import reads, and a stream costs more to set up than these few options take to look through.
    public int maxValue() {
        int max = 0;
        for (ScaleOption option : options) {
            max = Math.max(max, option.value());
        }
        return max;
    }

    public boolean hasValue(int value) {
        for (ScaleOption option : options) {
            if (option.value() == value) {
                return true;
            }
        }
        return false;
    }
}
