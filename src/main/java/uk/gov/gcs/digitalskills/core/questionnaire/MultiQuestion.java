package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** "Select all that apply": correct picks earn a point, incorrect picks cost one. */
public record MultiQuestion(String id, String text, Optional<String> hint, BigDecimal weight,
                            List<MultiOption> options) implements Question {
    public MultiQuestion {
        options = List.copyOf(options);
    }

    public Optional<MultiOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public int correctCount() {
        return (int) options.stream().filter(MultiOption::correct).count();
    }
}
