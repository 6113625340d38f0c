package uk.gov.gcs.digitalskills.app.objective;

import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.DEADLINE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.objective.Finding;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveDraft;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveText;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.PerformanceYear;
import uk.gov.gcs.digitalskills.core.objective.SmartCheck;
import uk.gov.gcs.digitalskills.core.objective.SmartLetter;
import uk.gov.gcs.digitalskills.core.objective.SmartResult;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * The objective builder (issue 5, DESIGN.md §2 step 7): suggestions for the weakest core area, every
 * template filtered by area, a form per template, a live preview, the SMART check as you type, and the
 * sentence free to edit at the end. It coordinates four parts: {@link TemplatePicker} (what to offer),
 * {@link ObjectiveFormModel} (what is typed), {@link SentenceModel} (generated or edited) and
 * {@link SmartSummary} (the check and the error summary), and keeps {@link #save()}, which hands a
 * {@link DigitalObjective} to the callback once every letter passes.
 */
public final class ObjectiveBuilderViewModel {
    /** How dates are shown and typed in the form; any of {@link FieldInput#date}'s forms is accepted. */
    public static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectiveToolkit toolkit;
    private final String roleId;
    private final Messages messages;
    private final Consumer<DigitalObjective> onSave;
    private final LocalDate today;
    private final LocalDate defaultDeadline;
    private final TemplatePicker picker;
    private final ObjectiveFormModel form;
    private final SentenceModel sentence;
    private final SmartSummary summary;

    private final ReadOnlyObjectWrapper<ObjectiveTemplate> template = new ReadOnlyObjectWrapper<>(this, "template");
    private final ReadOnlyStringWrapper templateTitle = new ReadOnlyStringWrapper(this, "templateTitle", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** Fields the person has typed in; their messages show at once, the others' after a save attempt. */
    private final Set<String> touched = new HashSet<>();
    private boolean showAllMessages;
    private boolean loading;

    public ObjectiveBuilderViewModel(Questionnaire questionnaire, ObjectiveToolkit toolkit, ScoreReport scores,
                                     String roleId, Optional<DigitalObjective> existing, Clock clock,
                                     Messages messages, Consumer<DigitalObjective> onSave) {
        this.toolkit = toolkit;
        this.roleId = roleId;
        this.messages = messages;
        this.onSave = onSave;
        this.today = LocalDate.now(clock);
        this.defaultDeadline = PerformanceYear.defaultDeadline(today);
        this.picker = new TemplatePicker(questionnaire, toolkit, scores, roleId, messages, defaultDeadline);
        this.summary = new SmartSummary(messages);
        this.form = new ObjectiveFormModel(toolkit, messages, defaultDeadline, this::changed);
        this.sentence = new SentenceModel(() -> status.set(""));

        loading = true;
        form.value(DEADLINE).set(form.display(defaultDeadline));
        existing.ifPresent(this::load);
        loading = false;
        recompute();
    }

    private void load(DigitalObjective objective) {
        form.load(ObjectiveDraft.fromSaved(objective.values()));
        showAllMessages = true;
        Optional<ObjectiveTemplate> saved = toolkit.template(objective.templateId())
                .flatMap(t -> picker.offerable(t.id()));
        if (saved.isPresent()) {
            selectTemplate(saved.get().id());
            if (!objective.text().isBlank() && !ObjectiveText.sameSentence(objective.text(), compose(saved.get()))) {
                sentence.keepEdit(saved.get(), objective.text());
                sentence.showFor(saved.get());
            }
        }
    }

    private void changed(String fieldId) {
        if (loading) {
            return;
        }
        touched.add(fieldId);
        status.set("");
        recompute();
    }

    /** Shows the form for this template; what was typed in fields with the same ids stays. */
    public void selectTemplate(String templateId) {
        ObjectiveTemplate chosen = picker.template(templateId);
        boolean wasLoading = loading;
        loading = true;
        // Fields first: whoever watches the template finds the new fields in place.
        form.show(chosen);
        templateTitle.set(chosen.title());
        template.set(chosen);
        status.set("");
        loading = wasLoading;
        recompute();
        sentence.showFor(chosen);
    }

    /** Fills the fields left empty with the template's examples; never replaces what was typed. */
    public void useExample() {
        ObjectiveTemplate t = template.get();
        if (t != null) {
            form.useExample(t);
        }
    }

    private String compose(ObjectiveTemplate t) {
        return ObjectiveText.compose(t, form.draft(),
                date -> date.map(d -> messages.get("objective.baseline.sentence", FieldInput.longDate(d)))
                        .orElse(messages.get("objective.baseline.sentence.noDate")),
                field -> messages.get("objective.preview.empty", field.label()));
    }

    /** Works everything out again after every keystroke: messages, the check, the preview. */
    private void recompute() {
        ObjectiveTemplate t = template.get();
        if (t == null) {
            summary.noTemplate();
            return;
        }
        SmartResult result = SmartCheck.check(t, form.draft(), today);
        form.showMessages(result, this::visible, findings -> summary.text(findings, t));
        summary.show(result, t, form.targetReasonProperty().get());
        sentence.generated(compose(t));
    }

    private boolean visible(String fieldId) {
        return showAllMessages || touched.contains(fieldId);
    }

    /** The sentence for one finding: what is wrong and what to do, naming the field by its label. */
    String text(Finding finding, ObjectiveTemplate t) {
        return summary.text(finding, t);
    }

    /** Drops the free edits: the sentence follows the fields again. */
    public void resetSentence() {
        sentence.reset();
    }

    /** Saves through the callback if the objective is SMART; otherwise lists what to fix. True if saved. */
    public boolean save() {
        ObjectiveTemplate t = template.get();
        if (t == null) {
            summary.mustChooseTemplate();
            return false;
        }
        showAllMessages = true;
        recompute();
        if (!summary.last().allPassed()) {
            summary.listErrors(t);
            return false;
        }
        summary.clearErrors();
        ObjectiveDraft draft = form.draft();
        LocalDate deadline = t.field(DEADLINE).isPresent() ? draft.deadline().orElse(defaultDeadline) : defaultDeadline;
        onSave.accept(new DigitalObjective(t.id(), draft.toSaved(t), sentence.toSave(), Optional.of(deadline)));
        status.set(messages.get("objective.saved"));
        return true;
    }

    // ---- what the view binds to ----

    public List<TemplateChoice> suggestions() {
        return picker.suggestions();
    }

    /** Why these suggestions: "Your lowest area is Measurement and insight, at Working level"; empty if none. */
    public String suggestionReason() {
        return picker.suggestionReason();
    }

    public List<AreaFilter> areaFilters() {
        return picker.areaFilters();
    }

    public ObjectProperty<AreaFilter> areaFilterProperty() {
        return picker.areaFilterProperty();
    }

    /** The templates this person may use in the chosen area, toolkit order. */
    public ObservableList<TemplateChoice> filteredTemplates() {
        return picker.filteredTemplates();
    }

    public BooleanProperty showAllTemplatesProperty() {
        return picker.showAllTemplatesProperty();
    }

    public ReadOnlyObjectProperty<ObjectiveTemplate> templateProperty() {
        return template.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty templateTitleProperty() {
        return templateTitle.getReadOnlyProperty();
    }

    /** The form's fields for the chosen template, in template order. */
    public ObservableList<FieldModel> fields() {
        return form.fields();
    }

    public Optional<FieldModel> field(String fieldId) {
        return form.field(fieldId);
    }

    public BooleanProperty noBaselineYetProperty() {
        return form.noBaselineYetProperty();
    }

    public StringProperty measureBaselineByProperty() {
        return form.measureBaselineByProperty();
    }

    public ReadOnlyStringProperty measureByMessageProperty() {
        return form.measureByMessageProperty();
    }

    /** True when the target needs confirming with a reason (more than 3 times the baseline, or over 100%). */
    public ReadOnlyBooleanProperty stretchTargetProperty() {
        return form.stretchTargetProperty();
    }

    public BooleanProperty targetConfirmedProperty() {
        return form.targetConfirmedProperty();
    }

    public StringProperty targetReasonProperty() {
        return form.targetReasonProperty();
    }

    /** What to do about a stretching target, shown by the confirmation. */
    public ReadOnlyStringProperty targetMessageProperty() {
        return form.targetMessageProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return sentence.previewProperty();
    }

    /** The sentence to save: follows the preview until the person edits it. */
    public StringProperty sentenceProperty() {
        return sentence.sentenceProperty();
    }

    public ReadOnlyBooleanProperty sentenceEditedProperty() {
        return sentence.editedProperty();
    }

    /** The five letters, in SMART order. */
    public List<SmartRow> smartRows() {
        return summary.rows();
    }

    public SmartRow smartRow(SmartLetter letter) {
        return summary.row(letter);
    }

    /** True when every letter passes. */
    public ReadOnlyBooleanProperty smartProperty() {
        return summary.smartProperty();
    }

    /** The error summary after a save attempt; kept up to date as things are fixed. */
    public ObservableList<ErrorItem> errors() {
        return summary.errors();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public LocalDate defaultDeadline() {
        return defaultDeadline;
    }

    public String roleId() {
        return roleId;
    }
}
