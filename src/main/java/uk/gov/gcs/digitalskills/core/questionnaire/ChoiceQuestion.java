package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A scenario with one answer to pick. */
public record ChoiceQuestion(String id, String text, Optional<String> hint, BigDecimal weight,
                             List<ChoiceOption> options) implements Question {
    public ChoiceQuestion {
        options = List.copyOf(options);
    }

    public Optional<ChoiceOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public int maxScore() {
        return options.stream().mapToInt(ChoiceOption::score).max().orElse(0);
    }
}
