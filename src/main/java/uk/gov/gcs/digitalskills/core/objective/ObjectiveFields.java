package uk.gov.gcs.digitalskills.core.objective;

import java.util.Set;

/**
 * The well-known field ids every template in the toolkit uses (questionnaires/gcs-digital-objectives.json),
 * and the two extra values a person can add: the date by which they will measure a missing baseline, and
 * the reason they give for a stretching target. Both extras are saved in {@link DigitalObjective#values()}.
 */
public final class ObjectiveFields {
    public static final String ACTION = "action";
    public static final String CHANNEL = "channel";
    public static final String AUDIENCE = "audience";
    public static final String METRIC = "metric";
    public static final String BASELINE = "baseline";
    public static final String TARGET = "target";
    public static final String DEADLINE = "deadline";
    public static final String EVIDENCE = "evidence";
    public static final String OBJECTIVE = "objective";

    /** Saved in the values when there is no baseline yet: the ISO date by which one will be measured. */
    public static final String BASELINE_MEASURE_BY = "baselineMeasureBy";
    /** Saved in the values when a stretching target was confirmed: the reason given. */
    public static final String TARGET_REASON = "targetReason";

    static final Set<String> SPECIFIC = Set.of(ACTION, CHANNEL, AUDIENCE);
    static final Set<String> MEASURABLE = Set.of(METRIC, BASELINE, TARGET, EVIDENCE);
    static final Set<String> RELEVANT = Set.of(OBJECTIVE);

    private ObjectiveFields() {
    }

    /** The SMART letter under which problems with a field are explained. */
    static SmartLetter letterOf(TemplateField field) {
        if (SPECIFIC.contains(field.id())) {
            return SmartLetter.SPECIFIC;
        }
        if (MEASURABLE.contains(field.id())) {
            return SmartLetter.MEASURABLE;
        }
        if (RELEVANT.contains(field.id())) {
            return SmartLetter.RELEVANT;
        }
        if (field.id().equals(DEADLINE) || field.kind() == FieldKind.DATE) {
            return SmartLetter.TIME_BOUND;
        }
        if (field.kind() == FieldKind.NUMBER || field.kind() == FieldKind.PERCENT) {
            return SmartLetter.MEASURABLE;
        }
        return SmartLetter.SPECIFIC;
    }
}
