package uk.gov.gcs.digitalskills.core.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.goodValues;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.percentTemplate;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ObjectiveTextTest {
    private static final Function<Optional<LocalDate>, String> NO_BASELINE =
            d -> "a figure I will measure by " + d.map(FieldInput::longDate).orElse("[date]");
    private static final Function<TemplateField, String> BRACKETS = f -> "[" + f.label() + "]";

    @Test
    void fillsEveryFieldAndWritesTheDeadlineInFull() {
        String text = ObjectiveText.compose(template("t", "planning", List.of(), List.of()),
                ObjectiveDraft.of(goodValues()), NO_BASELINE, BRACKETS);
        assertThat(text).isEqualTo("By 31 March 2027, I will plan every post on GOV.UK for small business owners,"
                + " raising monthly visits from 800 to 1200, evidenced by web analytics, in support of more firms online.");
    }

    @Test
    void showsEmptyFieldsAsTheCallerAsks() {
        Map<String, String> values = goodValues();
        values.put("audience", " ");
        values.remove("objective");
        String text = ObjectiveText.compose(template("t", "planning", List.of(), List.of()), ObjectiveDraft.of(values),
                NO_BASELINE, BRACKETS);
        assertThat(text).contains("for [Audience],").endsWith("in support of [Policy or business objective].");
    }

    @Test
    void aPercentTypedWithItsSignIsNotDoubled() {
        Map<String, String> values = goodValues();
        values.put("baseline", "30%");
        values.put("target", "45");
        String text = ObjectiveText.compose(percentTemplate("p"), ObjectiveDraft.of(values), NO_BASELINE, BRACKETS);
        assertThat(text).contains("from 30% to 45%,");
    }

    @Test
    void noBaselineYetIsWrittenInWordsWithoutAPercentSign() {
        ObjectiveDraft draft = new ObjectiveDraft(goodValues(), true, "30/06/2026", false, "");
        String text = ObjectiveText.compose(percentTemplate("p"), draft, NO_BASELINE, BRACKETS);
        assertThat(text).contains("from a figure I will measure by 30 June 2026 to 1200%,");
    }

    @Test
    void theExampleUsesTheTemplatesExamplesAndTheGivenDeadline() {
        String text = ObjectiveText.example(template("t", "planning", List.of(), List.of()), LocalDate.of(2028, 3, 31));
        assertThat(text).isEqualTo("By 31 March 2028, I will plan every post on GOV.UK for small business owners,"
                + " raising monthly visits from 30 to 45, evidenced by web analytics, in support of more firms online.");
    }
}
