package uk.gov.gcs.digitalskills.core.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.goodValues;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectiveDraftTest {
    private static final ObjectiveTemplate T = template("t", "planning", List.of(), List.of());

    @Test
    void savesOnlyTheTemplatesFieldsWithDatesInIsoForm() {
        Map<String, String> values = goodValues();
        values.put("deadline", "31/03/2027");
        values.put("somethingElse", "typed for another template");
        values.put("audience", "  small firms ");
        Map<String, String> saved = ObjectiveDraft.of(values).toSaved(T);
        assertThat(saved).containsEntry("deadline", "2027-03-31").containsEntry("audience", "small firms")
                .doesNotContainKey("somethingElse").hasSize(9);
    }

    @Test
    void noBaselineAndAConfirmedTargetRoundTripThroughTheSavedValues() {
        Map<String, String> values = goodValues();
        values.put("target", "9000");
        ObjectiveDraft draft = new ObjectiveDraft(values, true, "30/06/2026", true, " Big launch ");
        Map<String, String> saved = draft.toSaved(T);
        assertThat(saved).doesNotContainKey("baseline")
                .containsEntry(ObjectiveFields.BASELINE_MEASURE_BY, "2026-06-30")
                .containsEntry(ObjectiveFields.TARGET_REASON, "Big launch");

        ObjectiveDraft back = ObjectiveDraft.fromSaved(saved);
        assertThat(back.noBaselineYet()).isTrue();
        assertThat(back.measureBaselineBy()).isEqualTo("2026-06-30");
        assertThat(back.targetConfirmed()).isTrue();
        assertThat(back.targetReason()).isEqualTo("Big launch");
        assertThat(back.values()).doesNotContainKeys(ObjectiveFields.BASELINE_MEASURE_BY, ObjectiveFields.TARGET_REASON);
        assertThat(back.deadline()).contains(LocalDate.of(2027, 3, 31));
    }

    @Test
    void anUnconfirmedReasonIsNotSaved() {
        ObjectiveDraft draft = new ObjectiveDraft(goodValues(), false, "2026-06-30", false, "a reason");
        assertThat(draft.toSaved(T)).doesNotContainKeys(ObjectiveFields.BASELINE_MEASURE_BY,
                ObjectiveFields.TARGET_REASON).containsEntry("baseline", "800");
    }
}
