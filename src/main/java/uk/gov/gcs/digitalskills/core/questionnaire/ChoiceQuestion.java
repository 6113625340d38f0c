package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scenario with one answer to pick: a knowledge item. {@code explanation} says why the best answer is best
 * and is shown only after submission; {@code shuffle} asks front ends to show the options in an order fixed
 * per assessment (answers stay option ids, so scoring never depends on the order).
 */
public record ChoiceQuestion(String id, String text, Optional<String> hint, BigDecimal weight,
                             List<ChoiceOption> options, Optional<String> explanation, boolean shuffle)
        implements Question {
    public ChoiceQuestion {
        options = List.copyOf(options);
    }

    /** A scenario as schemaVersion 1 knows it: no explanation, options shuffled. */
    public ChoiceQuestion(String id, String text, Optional<String> hint, BigDecimal weight,
                          List<ChoiceOption> options) {
        this(id, text, hint, weight, options, Optional.empty(), true);
    }

    /** Always false: a knowledge item has a best answer, so "Not relevant to my role" is never offered. */
    @Override
    public boolean allowNotApplicable() {
        return false;
    }

    // Loops, as in Scale: asked for every answer of every file an import reads.
    public Optional<ChoiceOption> option(String optionId) {
        for (ChoiceOption option : options) {
            if (option.id().equals(optionId)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    public int maxScore() {
        int max = 0;
        for (ChoiceOption option : options) {
            max = Math.max(max, option.score());
        }
        return max;
    }
}
