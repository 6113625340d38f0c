package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * "Select all that apply": correct picks earn a point, incorrect picks cost one. A knowledge item;
 * {@code explanation} and {@code shuffle} as for {@link ChoiceQuestion}.
 */
public record MultiQuestion(String id, String text, Optional<String> hint, BigDecimal weight,
                            List<MultiOption> options, Optional<String> explanation, boolean shuffle)
        implements Question {
    public MultiQuestion {
        options = List.copyOf(options);
    }

    /** A question as schemaVersion 1 knows it: no explanation, options shuffled. */
    public MultiQuestion(String id, String text, Optional<String> hint, BigDecimal weight,
                         List<MultiOption> options) {
        this(id, text, hint, weight, options, Optional.empty(), true);
    }

    /** Always false: a knowledge item has a best answer, so "Not relevant to my role" is never offered. */
    @Override
    public boolean allowNotApplicable() {
        return false;
    }

    // Loops, as in Scale: asked for every answer of every file an import reads.
    public Optional<MultiOption> option(String optionId) {
        for (MultiOption option : options) {
            if (option.id().equals(optionId)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    public int correctCount() {
        int count = 0;
        for (MultiOption option : options) {
            if (option.correct()) {
                count++;
            }
        }
        return count;
    }
}
