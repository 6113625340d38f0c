package uk.gov.gcs.digitalskills.core.objective;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a person has typed for an objective, field by field, before it is checked: the values as typed, and
 * the two choices that are not template fields: "no baseline yet, I will measure one by ..." and the
 * confirmation, with a reason, of a stretching target.
 */
public record ObjectiveDraft(Map<String, String> values, boolean noBaselineYet, String measureBaselineBy,
                            boolean targetConfirmed, String targetReason) {
    public ObjectiveDraft {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        values = java.util.Collections.unmodifiableMap(copy);
        measureBaselineBy = measureBaselineBy == null ? "" : measureBaselineBy;
        targetReason = targetReason == null ? "" : targetReason;
    }

    public static ObjectiveDraft of(Map<String, String> values) {
        return new ObjectiveDraft(values, false, "", false, "");
    }

    public String value(String fieldId) {
        return values.getOrDefault(fieldId, "");
    }

    /**
     * Reads back the values a saved objective holds: a {@link ObjectiveFields#BASELINE_MEASURE_BY} value means
     * "no baseline yet", a {@link ObjectiveFields#TARGET_REASON} value means the target was confirmed.
     */
    public static ObjectiveDraft fromSaved(Map<String, String> saved) {
        Map<String, String> values = new LinkedHashMap<>(saved);
        String measureBy = values.remove(ObjectiveFields.BASELINE_MEASURE_BY);
        String reason = values.remove(ObjectiveFields.TARGET_REASON);
        return new ObjectiveDraft(values, !FieldInput.isBlank(measureBy), measureBy, !FieldInput.isBlank(reason),
                reason);
    }

    /**
     * The values to save for a template: only its own fields, trimmed, dates as YYYY-MM-DD and numbers as
     * typed; plus the baseline date when there is no baseline yet, and the reason when the target was confirmed.
     */
    public Map<String, String> toSaved(ObjectiveTemplate template) {
        Map<String, String> saved = new LinkedHashMap<>();
        for (TemplateField field : template.fields()) {
            if (noBaselineYet && field.id().equals(ObjectiveFields.BASELINE)) {
                continue;
            }
            String value = value(field.id()).strip();
            if (field.kind() == FieldKind.DATE) {
                value = FieldInput.date(value).map(Object::toString).orElse(value);
            }
            if (!value.isEmpty()) {
                saved.put(field.id(), value);
            }
        }
        if (noBaselineYet && !measureBaselineBy.isBlank()) {
            saved.put(ObjectiveFields.BASELINE_MEASURE_BY,
                    FieldInput.date(measureBaselineBy).map(Object::toString).orElse(measureBaselineBy.strip()));
        }
        if (targetConfirmed && !targetReason.isBlank()) {
            saved.put(ObjectiveFields.TARGET_REASON, targetReason.strip());
        }
        return saved;
    }

    /** The deadline, when the deadline field holds a real date. */
    public Optional<java.time.LocalDate> deadline() {
        return FieldInput.date(value(ObjectiveFields.DEADLINE));
    }
}
