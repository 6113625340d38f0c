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
                + " raising monthly visits from 800 to 1,200, evidenced by web analytics, in support of more firms online.");
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
        assertThat(text).contains("from a figure I will measure by 30 June 2026 to 1,200%,");
    }

    @Test
    void theExampleUsesTheTemplatesExamplesAndTheGivenDeadline() {
        String text = ObjectiveText.example(template("t", "planning", List.of(), List.of()), LocalDate.of(2028, 3, 31));
        assertThat(text).isEqualTo("By 31 March 2028, I will plan every post on GOV.UK for small business owners,"
                + " raising monthly visits from 30 to 45, evidenced by web analytics, in support of more firms online.");
    }

    @Test
    void numbersArePrintedWithAThousandsSeparatorHoweverTheyWereTyped() {
        Map<String, String> values = goodValues();
        values.put("baseline", "42000");
        values.put("target", "1,250,000");
        String text = ObjectiveText.compose(template("t", "planning", List.of(), List.of()),
                ObjectiveDraft.of(values), NO_BASELINE, BRACKETS);
        assertThat(text).contains("from 42,000 to 1,250,000,");
    }

    @Test
    void decimalsAreKeptAsTypedAndSmallNumbersAreUnchanged() {
        Map<String, String> values = goodValues();
        values.put("baseline", "999");
        values.put("target", "1234.50");
        String text = ObjectiveText.compose(template("t", "planning", List.of(), List.of()),
                ObjectiveDraft.of(values), NO_BASELINE, BRACKETS);
        assertThat(text).contains("from 999 to 1,234.50,");
    }

    @Test
    void percentFieldsAreGroupedToo() {
        Map<String, String> values = goodValues();
        values.put("baseline", "12.5%");
        values.put("target", "1500");
        String text = ObjectiveText.compose(percentTemplate("p"), ObjectiveDraft.of(values), NO_BASELINE, BRACKETS);
        assertThat(text).contains("from 12.5% to 1,500%,");
    }

    @Test
    void aNumberFieldThatIsNotANumberIsPrintedAsTyped() {
        Map<String, String> values = goodValues();
        values.put("baseline", "about 40000");
        values.put("target", "1 200");
        String text = ObjectiveText.compose(template("t", "planning", List.of(), List.of()),
                ObjectiveDraft.of(values), NO_BASELINE, BRACKETS);
        assertThat(text).contains("from about 40000 to 1 200,");
    }

    @Test
    void textFieldsKeepTheirNumbersAsWritten() {
        Map<String, String> values = goodValues();
        values.put("metric", "visits to form 2027");
        String text = ObjectiveText.compose(template("t", "planning", List.of(), List.of()),
                ObjectiveDraft.of(values), NO_BASELINE, BRACKETS);
        assertThat(text).contains("raising visits to form 2027 from 800");
    }

    @Test
    void theExampleIsGroupedAsWell() {
        ObjectiveTemplate template = new ObjectiveTemplate("t", "planning", List.of(), List.of(), "T",
                TestTemplates.PATTERN, TestTemplates.fields(FieldKind.NUMBER).stream()
                        .map(f -> f.id().equals("target") ? new TemplateField("target", "Target", "hint", "48000",
                                FieldKind.NUMBER, List.of()) : f)
                        .toList(), TestTemplates.notes());
        assertThat(ObjectiveText.example(template, LocalDate.of(2028, 3, 31))).contains("from 30 to 48,000,");
    }

    @Test
    void aSentenceSavedBeforeNumbersWereGroupedIsStillTheComposedOne() {
        assertThat(ObjectiveText.sameSentence("raising visits from 1500 to 12500, by 2027.",
                "raising visits from 1,500 to 12,500, by 2027.")).isTrue();
        assertThat(ObjectiveText.sameSentence("raising visits from 1500 to 2500.",
                "raising visits from 1,500 to 2,600.")).isFalse();
        assertThat(ObjectiveText.sameSentence("My own words.", "raising visits from 1,500 to 2,500.")).isFalse();
        assertThat(ObjectiveText.sameSentence("a list: 1,2,3", "a list: 123")).isFalse();
    }
}
