package uk.gov.gcs.digitalskills.app.objective;

import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.BASELINE;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.BASELINE_MEASURE_BY;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.DEADLINE;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.TARGET;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.TARGET_REASON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.objective.FieldKind;
import uk.gov.gcs.digitalskills.core.objective.Finding;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveDraft;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.SmartResult;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;

/**
 * What is typed in the form: one value per field id (shared by every template with that field, so switching
 * templates loses nothing), dates shown as dd/mm/yyyy, the baseline's "not yet" and the stretch target's
 * confirmation, and the message by each field.
 */
final class ObjectiveFormModel {
    private final ObjectiveToolkit toolkit;
    private final Messages messages;
    private final LocalDate defaultDeadline;
    private final Consumer<String> changed;
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final ObservableList<FieldModel> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final BooleanProperty noBaselineYet = new SimpleBooleanProperty(this, "noBaselineYet", false);
    private final StringProperty measureBaselineBy = new SimpleStringProperty(this, "measureBaselineBy", "");
    private final ReadOnlyStringWrapper measureByMessage = new ReadOnlyStringWrapper(this, "measureByMessage", "");
    private final ReadOnlyBooleanWrapper stretchTarget = new ReadOnlyBooleanWrapper(this, "stretchTarget", false);
    private final BooleanProperty targetConfirmed = new SimpleBooleanProperty(this, "targetConfirmed", false);
    private final StringProperty targetReason = new SimpleStringProperty(this, "targetReason", "");
    private final ReadOnlyStringWrapper targetMessage = new ReadOnlyStringWrapper(this, "targetMessage", "");

    /** @param changed hears the id of every field whose value changes */
    ObjectiveFormModel(ObjectiveToolkit toolkit, Messages messages, LocalDate defaultDeadline,
                       Consumer<String> changed) {
        this.toolkit = toolkit;
        this.messages = messages;
        this.defaultDeadline = defaultDeadline;
        this.changed = changed;
        noBaselineYet.addListener((obs, old, now) -> changed.accept(BASELINE));
        measureBaselineBy.addListener((obs, old, now) -> changed.accept(BASELINE_MEASURE_BY));
        targetConfirmed.addListener((obs, old, now) -> changed.accept(TARGET_REASON));
        targetReason.addListener((obs, old, now) -> changed.accept(TARGET_REASON));
    }

    StringProperty value(String fieldId) {
        return values.computeIfAbsent(fieldId, id -> {
            StringProperty property = new SimpleStringProperty(this, id, "");
            property.addListener((obs, old, now) -> changed.accept(id));
            return property;
        });
    }

    /** Fills the form from a saved objective. */
    void load(ObjectiveDraft draft) {
        draft.values().forEach((id, text) -> value(id).set(displayIfDate(id, text)));
        noBaselineYet.set(draft.noBaselineYet());
        measureBaselineBy.set(FieldInput.date(draft.measureBaselineBy()).map(this::display)
                .orElse(draft.measureBaselineBy()));
        targetConfirmed.set(draft.targetConfirmed());
        targetReason.set(draft.targetReason());
    }

    /** The fields of a newly chosen template, each showing its example in the help text. */
    void show(ObjectiveTemplate chosen) {
        List<FieldModel> models = new ArrayList<>();
        for (TemplateField field : chosen.fields()) {
            String example = field.kind() == FieldKind.DATE
                    ? FieldInput.date(field.example()).map(this::display).orElse(field.example()) : field.example();
            models.add(new FieldModel(field, value(field.id()), messages.get("objective.form.exampleText", example)));
        }
        fields.setAll(models);
    }

    /** Fills the fields left empty with the template's examples; never replaces what was typed. */
    void useExample(ObjectiveTemplate t) {
        for (TemplateField field : t.fields()) {
            StringProperty v = value(field.id());
            if (v.get().isBlank()) {
                if (field.id().equals(BASELINE) && noBaselineYet.get()) {
                    continue;
                }
                String example = field.kind() == FieldKind.DATE && field.id().equals(DEADLINE)
                        ? display(defaultDeadline) : displayIfDate(field.id(), field.example());
                v.set(example);
            }
        }
    }

    ObjectiveDraft draft() {
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((id, v) -> typed.put(id, v.get()));
        return new ObjectiveDraft(typed, noBaselineYet.get(), measureBaselineBy.get(), targetConfirmed.get(),
                targetReason.get());
    }

    /**
     * Shows the check's messages by the fields the person has used ({@code visible}); {@code words} turns a
     * field's findings into its message.
     */
    void showMessages(SmartResult result, Predicate<String> visible, Function<List<Finding>, String> words) {
        for (FieldModel field : fields) {
            field.setMessage(visible.test(field.id()) ? words.apply(result.forField(field.id())) : "");
        }
        measureByMessage.set(noBaselineYet.get() && visible.test(BASELINE_MEASURE_BY)
                ? words.apply(result.forField(BASELINE_MEASURE_BY)) : "");
        stretchTarget.set(result.stretchTarget());
        targetMessage.set(visible.test(TARGET) || visible.test(TARGET_REASON)
                ? words.apply(result.forField(TARGET_REASON)) : "");
    }

    String displayIfDate(String fieldId, String text) {
        boolean date = toolkit.templates().stream().flatMap(t -> t.field(fieldId).stream())
                .anyMatch(f -> f.kind() == FieldKind.DATE);
        return date ? FieldInput.date(text).map(this::display).orElse(text) : text;
    }

    String display(LocalDate date) {
        return ObjectiveBuilderViewModel.DISPLAY_DATE.format(date);
    }

    ObservableList<FieldModel> fields() {
        return fieldsView;
    }

    Optional<FieldModel> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    BooleanProperty noBaselineYetProperty() {
        return noBaselineYet;
    }

    StringProperty measureBaselineByProperty() {
        return measureBaselineBy;
    }

    ReadOnlyStringProperty measureByMessageProperty() {
        return measureByMessage.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty stretchTargetProperty() {
        return stretchTarget.getReadOnlyProperty();
    }

    BooleanProperty targetConfirmedProperty() {
        return targetConfirmed;
    }

    StringProperty targetReasonProperty() {
        return targetReason;
    }

    ReadOnlyStringProperty targetMessageProperty() {
        return targetMessage.getReadOnlyProperty();
    }
}
