package uk.gov.gcs.digitalskills.core.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.goodValues;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.percentTemplate;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmartCheckTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    static final ObjectiveTemplate NUMBERS = template("t", "planning", List.of("working"), List.of());
    static final ObjectiveTemplate PERCENTS = percentTemplate("p");

    static Map<String, String> with(String field, String value) {
        Map<String, String> values = goodValues();
        values.put(field, value);
        return values;
    }

    static SmartResult check(Map<String, String> values) {
        return SmartCheck.check(NUMBERS, ObjectiveDraft.of(values), TODAY);
    }

    static List<CheckCode> codes(SmartResult result, SmartLetter letter) {
        return result.hints(letter).stream().map(Finding::code).toList();
    }

    /** Only this letter fails; every other passes. */
    static void onlyFails(SmartResult result, SmartLetter failing) {
        for (SmartLetter letter : SmartLetter.values()) {
            assertThat(result.passed(letter)).as(letter.name()).isEqualTo(letter != failing);
        }
        assertThat(result.hints(failing)).isNotEmpty();
    }

    @Test
    void aCompleteObjectivePassesEveryLetter() {
        SmartResult result = check(goodValues());
        assertThat(result.allPassed()).isTrue();
        assertThat(result.findings()).isEmpty();
        assertThat(result.stretchTarget()).isFalse();
    }

    @Test
    void anEmptyFormHasAHintUnderEveryLetterAndAMessageByEveryField() {
        SmartResult result = SmartCheck.check(NUMBERS, ObjectiveDraft.of(Map.of()), TODAY);
        for (SmartLetter letter : SmartLetter.values()) {
            assertThat(result.hints(letter)).as(letter.name()).isNotEmpty();
        }
        for (TemplateField field : NUMBERS.fields()) {
            assertThat(result.forField(field.id())).extracting(Finding::code).as(field.id())
                    .containsExactly(CheckCode.EMPTY);
        }
        assertThat(codes(result, SmartLetter.ACHIEVABLE)).containsExactly(CheckCode.ACHIEVABLE_NEEDS_NUMBERS);
    }

    @Nested
    class Specific {
        @ParameterizedTest
        @ValueSource(strings = {"action", "channel", "audience"})
        void needsTheActionChannelAndAudience(String field) {
            SmartResult result = check(with(field, "  "));
            onlyFails(result, SmartLetter.SPECIFIC);
            assertThat(result.hints(SmartLetter.SPECIFIC)).containsExactly(
                    new Finding(SmartLetter.SPECIFIC, CheckCode.EMPTY, Optional.of(field), List.of()));
        }

        @Test
        void aChoiceMustBeOneOfItsOptions() {
            SmartResult result = check(with("channel", "carrier pigeon"));
            onlyFails(result, SmartLetter.SPECIFIC);
            assertThat(result.forField("channel")).extracting(Finding::code).containsExactly(CheckCode.NOT_AN_OPTION);
            assertThat(result.forField("channel").get(0).args()).containsExactly("carrier pigeon");
        }
    }

    @Nested
    class Measurable {
        @ParameterizedTest
        @ValueSource(strings = {"metric", "evidence"})
        void needsAMetricAndAnEvidenceSource(String field) {
            SmartResult result = check(with(field, ""));
            onlyFails(result, SmartLetter.MEASURABLE);
            assertThat(result.forField(field)).extracting(Finding::code).containsExactly(CheckCode.EMPTY);
        }

        @Test
        void needsANumericTarget() {
            SmartResult result = check(with("target", "lots more"));
            assertThat(result.forField("target")).extracting(Finding::code).containsExactly(CheckCode.NOT_A_NUMBER);
            assertThat(result.forField("target").get(0).args()).containsExactly("lots more");
            assertThat(codes(result, SmartLetter.MEASURABLE)).containsExactly(CheckCode.NOT_A_NUMBER);
            // Achievable cannot be judged without the numbers: it says so rather than failing bare.
            assertThat(codes(result, SmartLetter.ACHIEVABLE)).containsExactly(CheckCode.ACHIEVABLE_NEEDS_NUMBERS);
            assertThat(result.passed(SmartLetter.SPECIFIC)).isTrue();
            assertThat(result.passed(SmartLetter.RELEVANT)).isTrue();
            assertThat(result.passed(SmartLetter.TIME_BOUND)).isTrue();
        }

        @Test
        void needsANumericBaseline() {
            SmartResult result = check(with("baseline", "not sure"));
            assertThat(codes(result, SmartLetter.MEASURABLE)).containsExactly(CheckCode.NOT_A_NUMBER);
            assertThat(result.forField("baseline")).hasSize(1);
        }

        @Test
        void anEmptyBaselineIsAsked() {
            SmartResult result = check(with("baseline", ""));
            assertThat(result.forField("baseline")).extracting(Finding::code).containsExactly(CheckCode.EMPTY);
        }

        @Test
        void numbersMayBeWrittenWithCommasAndPercentSigns() {
            assertThat(check(with("target", "1,200")).allPassed()).isTrue();
            assertThat(SmartCheck.check(PERCENTS, ObjectiveDraft.of(with("target", "45%")), TODAY).allPassed())
                    .isTrue();
        }

        @Test
        void aNegativeNumberIsRefused() {
            SmartResult result = check(with("baseline", "-5"));
            assertThat(result.forField("baseline")).extracting(Finding::code)
                    .containsExactly(CheckCode.NEGATIVE_NUMBER);
        }

        @Test
        void aTargetEqualToTheBaselineMeasuresNoChange() {
            SmartResult result = check(with("target", "800"));
            onlyFails(result, SmartLetter.MEASURABLE);
            assertThat(result.forField("target")).extracting(Finding::code)
                    .containsExactly(CheckCode.TARGET_SAME_AS_BASELINE);
        }

        @Test
        void noBaselineYetPassesWithADateToMeasureOneBy() {
            ObjectiveDraft draft = new ObjectiveDraft(with("baseline", ""), true, "30/06/2026", false, "");
            SmartResult result = SmartCheck.check(NUMBERS, draft, TODAY);
            assertThat(result.allPassed()).isTrue();
        }

        @Test
        void noBaselineYetNeedsTheDate() {
            ObjectiveDraft draft = new ObjectiveDraft(with("baseline", ""), true, " ", false, "");
            SmartResult result = SmartCheck.check(NUMBERS, draft, TODAY);
            onlyFails(result, SmartLetter.MEASURABLE);
            assertThat(result.forField(ObjectiveFields.BASELINE_MEASURE_BY)).extracting(Finding::code)
                    .containsExactly(CheckCode.MEASURE_BY_EMPTY);
            assertThat(result.forField("baseline")).isEmpty();
        }

        @Test
        void theBaselineDateMustBeARealDateFromTodayUntilTheDeadline() {
            assertThat(codesForMeasureBy("31/02/2026")).containsExactly(CheckCode.MEASURE_BY_NOT_A_DATE);
            assertThat(codesForMeasureBy("2026-04-30")).containsExactly(CheckCode.MEASURE_BY_IN_PAST);
            assertThat(codesForMeasureBy("2026-05-01")).isEmpty();
            assertThat(codesForMeasureBy("2027-03-31")).isEmpty();
            assertThat(codesForMeasureBy("2027-04-01")).containsExactly(CheckCode.MEASURE_BY_AFTER_DEADLINE);
        }

        private List<CheckCode> codesForMeasureBy(String date) {
            ObjectiveDraft draft = new ObjectiveDraft(with("baseline", "ignored"), true, date, false, "");
            return SmartCheck.check(NUMBERS, draft, TODAY).forField(ObjectiveFields.BASELINE_MEASURE_BY).stream()
                    .map(Finding::code).toList();
        }
    }

    @Nested
    class Achievable {
        @Test
        void exactlyThreeTimesTheBaselineNeedsNoConfirmation() {
            SmartResult result = check(with("target", "2400"));
            assertThat(result.allPassed()).isTrue();
            assertThat(result.stretchTarget()).isFalse();
        }

        @Test
        void moreThanThreeTimesTheBaselineAsksForConfirmation() {
            SmartResult result = check(with("target", "2400.5"));
            onlyFails(result, SmartLetter.ACHIEVABLE);
            assertThat(result.stretchTarget()).isTrue();
            Finding hint = result.hints(SmartLetter.ACHIEVABLE).get(0);
            assertThat(hint.code()).isEqualTo(CheckCode.STRETCH_UNCONFIRMED);
            assertThat(hint.fieldId()).contains(ObjectiveFields.TARGET_REASON);
            assertThat(hint.args()).containsExactly(new BigDecimal("800"), new BigDecimal("2400.5"));
        }

        @Test
        void aConfirmationNeedsAReason() {
            ObjectiveDraft noReason = new ObjectiveDraft(with("target", "5000"), false, "", true, "  ");
            SmartResult result = SmartCheck.check(NUMBERS, noReason, TODAY);
            onlyFails(result, SmartLetter.ACHIEVABLE);
            assertThat(codes(result, SmartLetter.ACHIEVABLE)).containsExactly(CheckCode.REASON_EMPTY);

            ObjectiveDraft withReason = new ObjectiveDraft(with("target", "5000"), false, "", true,
                    "A national campaign launches in June");
            SmartResult confirmed = SmartCheck.check(NUMBERS, withReason, TODAY);
            assertThat(confirmed.allPassed()).isTrue();
            assertThat(confirmed.stretchTarget()).isTrue();
        }

        @Test
        void aReasonWithoutTheConfirmationDoesNotCount() {
            ObjectiveDraft draft = new ObjectiveDraft(with("target", "5000"), false, "", false, "a reason");
            assertThat(codes(SmartCheck.check(NUMBERS, draft, TODAY), SmartLetter.ACHIEVABLE))
                    .containsExactly(CheckCode.STRETCH_UNCONFIRMED);
        }

        @Test
        void aZeroBaselineMakesAnyRiseAStretch() {
            SmartResult result = check(with("baseline", "0"));
            assertThat(codes(result, SmartLetter.ACHIEVABLE)).containsExactly(CheckCode.STRETCH_UNCONFIRMED);
        }

        @Test
        void aFallingTargetIsNoStretch() {
            assertThat(check(with("target", "100")).allPassed()).isTrue();
        }

        @Test
        void aPercentTargetAbove100AsksForConfirmation() {
            SmartResult at100 = SmartCheck.check(PERCENTS, ObjectiveDraft.of(with("target", "100")), TODAY);
            assertThat(at100.passed(SmartLetter.ACHIEVABLE)).isTrue();
            SmartResult over = SmartCheck.check(PERCENTS,
                    ObjectiveDraft.of(with("target", "100.5")), TODAY);
            onlyFails(over, SmartLetter.ACHIEVABLE);
            assertThat(codes(over, SmartLetter.ACHIEVABLE)).containsExactly(CheckCode.PERCENT_OVER_100_UNCONFIRMED);
        }

        @Test
        void aPercentAbove100IsAskedEvenWithNoBaselineYet() {
            ObjectiveDraft draft = new ObjectiveDraft(with("target", "120"), true, "2026-06-30", false, "");
            assertThat(codes(SmartCheck.check(PERCENTS, draft, TODAY), SmartLetter.ACHIEVABLE))
                    .containsExactly(CheckCode.PERCENT_OVER_100_UNCONFIRMED);
        }

        @Test
        void aPercentTargetMoreThanThreeTimesItsBaselineAlsoAsks() {
            Map<String, String> values = goodValues();
            values.put("baseline", "10");
            values.put("target", "45");
            assertThat(codes(SmartCheck.check(PERCENTS, ObjectiveDraft.of(values), TODAY), SmartLetter.ACHIEVABLE))
                    .containsExactly(CheckCode.STRETCH_UNCONFIRMED);
        }

        @Test
        void withNoBaselineYetAnOrdinaryTargetPasses() {
            ObjectiveDraft draft = new ObjectiveDraft(with("target", "99999"), true, "2026-06-30", false, "");
            assertThat(SmartCheck.check(NUMBERS, draft, TODAY).allPassed()).isTrue();
        }
    }

    @Nested
    class Relevant {
        @Test
        void needsTheObjectiveItServes() {
            SmartResult result = check(with("objective", ""));
            onlyFails(result, SmartLetter.RELEVANT);
            assertThat(result.forField("objective")).extracting(Finding::code).containsExactly(CheckCode.EMPTY);
        }
    }

    @Nested
    class TimeBound {
        @Test
        void needsADeadline() {
            SmartResult result = check(with("deadline", ""));
            onlyFails(result, SmartLetter.TIME_BOUND);
            assertThat(codes(result, SmartLetter.TIME_BOUND)).containsExactly(CheckCode.EMPTY);
        }

        @Test
        void theDeadlineMustBeARealDate() {
            SmartResult result = check(with("deadline", "next spring"));
            onlyFails(result, SmartLetter.TIME_BOUND);
            assertThat(result.forField("deadline")).extracting(Finding::code).containsExactly(CheckCode.NOT_A_DATE);
        }

        @Test
        void theDeadlineMustBeAfterToday() {
            assertThat(codes(check(with("deadline", "2026-04-30")), SmartLetter.TIME_BOUND))
                    .containsExactly(CheckCode.DATE_NOT_AFTER_TODAY);
            SmartResult today = check(with("deadline", "2026-05-01"));
            assertThat(codes(today, SmartLetter.TIME_BOUND)).containsExactly(CheckCode.DATE_NOT_AFTER_TODAY);
            assertThat(today.hints(SmartLetter.TIME_BOUND).get(0).args()).containsExactly(TODAY);
            assertThat(check(with("deadline", "2026-05-02")).allPassed()).isTrue();
        }

        @Test
        void theDeadlineMayReachTheEndOfTheNextPerformanceYearButNoFurther() {
            assertThat(check(with("deadline", "31/03/2028")).allPassed()).isTrue();
            SmartResult late = check(with("deadline", "2028-04-01"));
            onlyFails(late, SmartLetter.TIME_BOUND);
            assertThat(late.hints(SmartLetter.TIME_BOUND).get(0).code()).isEqualTo(CheckCode.DATE_TOO_LATE);
            assertThat(late.hints(SmartLetter.TIME_BOUND).get(0).args()).containsExactly(LocalDate.of(2028, 3, 31));
        }
    }

    @Test
    void findingsComeInLetterOrder() {
        Map<String, String> values = with("objective", "");
        values.put("deadline", "");
        values.put("action", "");
        SmartResult result = check(values);
        assertThat(result.findings()).extracting(Finding::letter)
                .containsExactly(SmartLetter.SPECIFIC, SmartLetter.RELEVANT, SmartLetter.TIME_BOUND);
    }
}
