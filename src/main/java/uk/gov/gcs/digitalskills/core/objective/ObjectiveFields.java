package uk.gov.gcs.digitalskills.core.objective;

import java.util.List;

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

    // Lists, not sets: the appraisal PDF shows each letter's fields in this order.
    static final List<String> SPECIFIC = List.of(ACTION, CHANNEL, AUDIENCE);
    static final List<String> MEASURABLE = List.of(METRIC, BASELINE, TARGET, EVIDENCE);
    static final List<String> RELEVANT = List.of(OBJECTIVE);
    static final List<String> TIME_BOUND = List.of(DEADLINE);

    private ObjectiveFields() {
    }

    /**
     * The well-known fields explained under a SMART letter, in the order to show them (none for Achievable,
     * which no field can show). Fields of other ids are placed by {@link #letterOf} from their kind.
     */
    public static List<String> fieldsOf(SmartLetter letter) {
        return switch (letter) {
            case SPECIFIC -> SPECIFIC;
            case MEASURABLE -> MEASURABLE;
            case ACHIEVABLE -> List.of();
            case RELEVANT -> RELEVANT;
            case TIME_BOUND -> TIME_BOUND;
        };
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
