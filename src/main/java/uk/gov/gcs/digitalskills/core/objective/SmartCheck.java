package uk.gov.gcs.digitalskills.core.objective;

import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.BASELINE;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.BASELINE_MEASURE_BY;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.DEADLINE;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.TARGET;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.TARGET_REASON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SMART check of issue 5, on the fields (never on the free-edited sentence):
 * <ul>
 * <li>Specific: action, channel and audience filled.</li>
 * <li>Measurable: a metric, a numeric target, and a numeric baseline or "no baseline yet, I will measure one
 * by &lt;date&gt;"; and where the evidence will come from.</li>
 * <li>Achievable: a target more than three times the baseline, or a percent target above 100, needs a
 * confirmation with a reason.</li>
 * <li>Relevant: the business or policy objective filled.</li>
 * <li>Time-bound: a deadline after today and no later than the end of the next performance year.</li>
 * </ul>
 * Every failing letter carries at least one specific finding; field-level findings (empty, not a number,
 * not a date, out of range, not an option) are reported both by the field and under their letter.
 */
public final class SmartCheck {
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SmartCheck() {
    }

    /** The last day a deadline may fall on when set today: the end of the performance year after this one. */
    public static LocalDate latestDeadline(LocalDate today) {
        return PerformanceYear.containing(today).next().end();
    }

    public static SmartResult check(ObjectiveTemplate template, ObjectiveDraft draft, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        for (TemplateField field : template.fields()) {
            checkField(field, draft, today, findings);
        }
        checkBaselineDate(template, draft, today, findings);
        boolean stretch = checkAchievable(template, draft, findings);
        List<Finding> ordered = findings.stream()
                .sorted(Comparator.comparing(Finding::letter)) // stable: form order within a letter
                .toList();
        return new SmartResult(ordered, stretch);
    }

    private static void checkField(TemplateField field, ObjectiveDraft draft, LocalDate today,
                                   List<Finding> findings) {
        SmartLetter letter = ObjectiveFields.letterOf(field);
        String value = draft.value(field.id());
        if (field.id().equals(BASELINE) && draft.noBaselineYet()) {
            return;
        }
        if (value.isBlank()) {
            findings.add(Finding.field(letter, CheckCode.EMPTY, field.id()));
            return;
        }
        switch (field.kind()) {
            case NUMBER, PERCENT -> {
                Optional<BigDecimal> number = FieldInput.number(value);
                if (number.isEmpty()) {
                    findings.add(Finding.field(letter, CheckCode.NOT_A_NUMBER, field.id(), value.strip()));
                } else if (number.get().signum() < 0) {
                    findings.add(Finding.field(letter, CheckCode.NEGATIVE_NUMBER, field.id()));
                }
            }
            case DATE -> {
                Optional<LocalDate> date = FieldInput.date(value);
                LocalDate latest = latestDeadline(today);
                if (date.isEmpty()) {
                    findings.add(Finding.field(letter, CheckCode.NOT_A_DATE, field.id(), value.strip()));
                } else if (!date.get().isAfter(today)) {
                    findings.add(Finding.field(letter, CheckCode.DATE_NOT_AFTER_TODAY, field.id(), today));
                } else if (date.get().isAfter(latest)) {
                    findings.add(Finding.field(letter, CheckCode.DATE_TOO_LATE, field.id(), latest));
                }
            }
            case CHOICE -> {
                if (!field.options().contains(value.strip())) {
                    findings.add(Finding.field(letter, CheckCode.NOT_AN_OPTION, field.id(), value.strip()));
                }
            }
            case TEXT -> {
                // any text will do
            }
        }
    }

    private static void checkBaselineDate(ObjectiveTemplate template, ObjectiveDraft draft, LocalDate today,
                                          List<Finding> findings) {
        if (!draft.noBaselineYet() || template.field(BASELINE).isEmpty()) {
            return;
        }
        SmartLetter m = SmartLetter.MEASURABLE;
        if (draft.measureBaselineBy().isBlank()) {
            findings.add(Finding.field(m, CheckCode.MEASURE_BY_EMPTY, BASELINE_MEASURE_BY));
            return;
        }
        Optional<LocalDate> by = FieldInput.date(draft.measureBaselineBy());
        if (by.isEmpty()) {
            findings.add(Finding.field(m, CheckCode.MEASURE_BY_NOT_A_DATE, BASELINE_MEASURE_BY,
                    draft.measureBaselineBy().strip()));
        } else if (by.get().isBefore(today)) {
            findings.add(Finding.field(m, CheckCode.MEASURE_BY_IN_PAST, BASELINE_MEASURE_BY, today));
        } else {
            Optional<LocalDate> deadline = template.field(DEADLINE).isPresent() ? draft.deadline() : Optional.empty();
            if (deadline.isPresent() && by.get().isAfter(deadline.get())) {
                findings.add(Finding.field(m, CheckCode.MEASURE_BY_AFTER_DEADLINE, BASELINE_MEASURE_BY,
                        deadline.get()));
            }
        }
    }

    /** Adds the Achievable findings (and "same as baseline" under Measurable); true if the target stretches. */
    private static boolean checkAchievable(ObjectiveTemplate template, ObjectiveDraft draft, List<Finding> findings) {
        Optional<TemplateField> targetField = template.field(TARGET);
        if (targetField.isEmpty()) {
            return false;
        }
        Optional<BigDecimal> target = usable(draft.value(TARGET));
        boolean hasBaselineField = template.field(BASELINE).isPresent();
        Optional<BigDecimal> baseline = hasBaselineField && !draft.noBaselineYet()
                ? usable(draft.value(BASELINE)) : Optional.empty();
        boolean baselineKnownOrPlanned = !hasBaselineField || draft.noBaselineYet() || baseline.isPresent();
        if (target.isEmpty() || !baselineKnownOrPlanned) {
            findings.add(Finding.general(SmartLetter.ACHIEVABLE, CheckCode.ACHIEVABLE_NEEDS_NUMBERS));
            return false;
        }
        if (baseline.isPresent() && baseline.get().compareTo(target.get()) == 0) {
            findings.add(Finding.field(SmartLetter.MEASURABLE, CheckCode.TARGET_SAME_AS_BASELINE, TARGET,
                    target.get()));
        }
        boolean percentOver100 = targetField.get().kind() == FieldKind.PERCENT && target.get().compareTo(HUNDRED) > 0;
        boolean tripled = baseline.isPresent() && target.get().compareTo(baseline.get().multiply(THREE)) > 0;
        if (!percentOver100 && !tripled) {
            return false;
        }
        if (!draft.targetConfirmed()) {
            findings.add(percentOver100
                    ? Finding.field(SmartLetter.ACHIEVABLE, CheckCode.PERCENT_OVER_100_UNCONFIRMED, TARGET_REASON,
                            target.get())
                    : Finding.field(SmartLetter.ACHIEVABLE, CheckCode.STRETCH_UNCONFIRMED, TARGET_REASON,
                            baseline.get(), target.get()));
        } else if (draft.targetReason().isBlank()) {
            findings.add(Finding.field(SmartLetter.ACHIEVABLE, CheckCode.REASON_EMPTY, TARGET_REASON));
        }
        return true;
    }

    private static Optional<BigDecimal> usable(String text) {
        return FieldInput.number(text).filter(n -> n.signum() >= 0);
    }
}
