package uk.gov.gcs.digitalskills.app.objective;

import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.BASELINE;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.BASELINE_MEASURE_BY;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.DEADLINE;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.TARGET;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.TARGET_REASON;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.objective.CheckCode;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.objective.FieldKind;
import uk.gov.gcs.digitalskills.core.objective.Finding;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveDraft;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveFields;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveText;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.PerformanceYear;
import uk.gov.gcs.digitalskills.core.objective.SmartCheck;
import uk.gov.gcs.digitalskills.core.objective.SmartLetter;
import uk.gov.gcs.digitalskills.core.objective.SmartResult;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;
import uk.gov.gcs.digitalskills.core.objective.suggest.ObjectiveSuggester;
import uk.gov.gcs.digitalskills.core.objective.suggest.Suggestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * The objective builder (issue 5, DESIGN.md §2 step 7): suggestions for the weakest core area, every
 * template filtered by area, a form per template, a live preview, the SMART check as you type, and the
 * sentence free to edit at the end. What is typed is kept per field id across templates, so switching
 * templates loses nothing. Saving hands a {@link DigitalObjective} to the callback once every letter passes.
 */
public final class ObjectiveBuilderViewModel {
    /** How dates are shown and typed in the form; any of {@link FieldInput#date}'s forms is accepted. */
    public static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Set<String> WELL_KNOWN = Set.of(ObjectiveFields.ACTION, ObjectiveFields.CHANNEL,
            ObjectiveFields.AUDIENCE, ObjectiveFields.METRIC, BASELINE, TARGET, DEADLINE, ObjectiveFields.EVIDENCE,
            ObjectiveFields.OBJECTIVE);

    private final Questionnaire questionnaire;
    private final ObjectiveToolkit toolkit;
    private final String roleId;
    private final Messages messages;
    private final Consumer<DigitalObjective> onSave;
    private final LocalDate today;
    private final LocalDate defaultDeadline;

    private final List<TemplateChoice> suggestions;
    private final String suggestionReason;
    private final List<TemplateChoice> available;
    private final List<AreaFilter> areaFilters;
    private final ObjectProperty<AreaFilter> areaFilter = new SimpleObjectProperty<>(this, "areaFilter");
    private final ObservableList<TemplateChoice> filteredTemplates = FXCollections.observableArrayList();
    private final BooleanProperty showAllTemplates = new SimpleBooleanProperty(this, "showAllTemplates", false);

    private final ReadOnlyObjectWrapper<ObjectiveTemplate> template = new ReadOnlyObjectWrapper<>(this, "template");
    private final ReadOnlyStringWrapper templateTitle = new ReadOnlyStringWrapper(this, "templateTitle", "");
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final BooleanProperty noBaselineYet = new SimpleBooleanProperty(this, "noBaselineYet", false);
    private final StringProperty measureBaselineBy = new SimpleStringProperty(this, "measureBaselineBy", "");
    private final ReadOnlyStringWrapper measureByMessage = new ReadOnlyStringWrapper(this, "measureByMessage", "");
    private final ReadOnlyBooleanWrapper stretchTarget = new ReadOnlyBooleanWrapper(this, "stretchTarget", false);
    private final BooleanProperty targetConfirmed = new SimpleBooleanProperty(this, "targetConfirmed", false);
    private final StringProperty targetReason = new SimpleStringProperty(this, "targetReason", "");
    private final ReadOnlyStringWrapper targetMessage = new ReadOnlyStringWrapper(this, "targetMessage", "");

    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final StringProperty sentence = new SimpleStringProperty(this, "sentence", "");
    private final ReadOnlyBooleanWrapper sentenceEdited = new ReadOnlyBooleanWrapper(this, "sentenceEdited", false);
    private final Map<String, String> editedSentences = new HashMap<>();

    private final List<SmartRow> smartRows = new ArrayList<>();
    private final ReadOnlyBooleanWrapper smart = new ReadOnlyBooleanWrapper(this, "smart", false);
    private final ObservableList<ErrorItem> errors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<TemplateChoice> filteredTemplatesView =
            FXCollections.unmodifiableObservableList(filteredTemplates);
    private final ObservableList<FieldModel> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<ErrorItem> errorsView = FXCollections.unmodifiableObservableList(errors);

    /** Fields the person has typed in; their messages show at once, the others' after a save attempt. */
    private final Set<String> touched = new HashSet<>();
    private boolean showAllMessages;
    private boolean loading;
    private boolean settingSentence;
    private SmartResult lastResult = new SmartResult(List.of(), false);

    public ObjectiveBuilderViewModel(Questionnaire questionnaire, ObjectiveToolkit toolkit, ScoreReport scores,
                                     String roleId, Optional<DigitalObjective> existing, Clock clock,
                                     Messages messages, Consumer<DigitalObjective> onSave) {
        this.questionnaire = questionnaire;
        this.toolkit = toolkit;
        this.roleId = roleId;
        this.messages = messages;
        this.onSave = onSave;
        this.today = LocalDate.now(clock);
        this.defaultDeadline = PerformanceYear.defaultDeadline(today);

        List<Suggestion> suggested = ObjectiveSuggester.suggest(questionnaire, scores, toolkit, roleId);
        this.suggestions = suggested.stream().map(s -> choice(s.template())).toList();
        this.suggestionReason = suggested.isEmpty() ? "" : reason(suggested.get(0));
        this.available = ObjectiveSuggester.availableTo(toolkit, roleId).stream().map(this::choice).toList();
        this.areaFilters = buildAreaFilters();
        areaFilter.addListener((obs, old, now) -> filterTemplates());
        Optional<String> suggestedArea = suggested.stream().findFirst().map(s -> s.area().areaId());
        areaFilter.set(areaFilters.stream().filter(f -> f.areaId().equals(suggestedArea)).findFirst()
                .orElse(areaFilters.get(0)));

        for (SmartLetter letter : SmartLetter.values()) {
            smartRows.add(new SmartRow(letter, messages.get("objective.smart." + letter.name())));
        }
        noBaselineYet.addListener((obs, old, now) -> changed(BASELINE));
        measureBaselineBy.addListener((obs, old, now) -> changed(BASELINE_MEASURE_BY));
        targetConfirmed.addListener((obs, old, now) -> changed(TARGET_REASON));
        targetReason.addListener((obs, old, now) -> changed(TARGET_REASON));
        sentence.addListener((obs, old, now) -> sentenceTyped(now));

        loading = true;
        value(DEADLINE).set(display(defaultDeadline));
        existing.ifPresent(this::load);
        loading = false;
        recompute();
    }

    private TemplateChoice choice(ObjectiveTemplate t) {
        String areaTitle = questionnaire.area(t.area()).map(Area::title).orElse(t.area());
        boolean forRole = !t.roles().isEmpty();
        return new TemplateChoice(t.id(), t.title(), t.area(), areaTitle, forRole,
                ObjectiveText.example(t, defaultDeadline));
    }

    private String reason(Suggestion first) {
        AreaScore area = first.area();
        String level = area.level().map(l -> l.label()).orElse("");
        return messages.get(first.fallback() ? "objective.reason.fallback" : "objective.reason.lowest",
                area.title(), level);
    }

    private List<AreaFilter> buildAreaFilters() {
        List<AreaFilter> filters = new ArrayList<>();
        filters.add(new AreaFilter(Optional.empty(), messages.get("objective.all.anyArea")));
        Set<String> withTemplates = available.stream().map(TemplateChoice::areaId).collect(Collectors.toSet());
        for (Area area : questionnaire.areas()) {
            if (withTemplates.contains(area.id())) {
                filters.add(new AreaFilter(Optional.of(area.id()), area.title()));
            }
        }
        return List.copyOf(filters);
    }

    private void filterTemplates() {
        AreaFilter filter = areaFilter.get();
        filteredTemplates.setAll(available.stream()
                .filter(c -> filter == null || filter.areaId().isEmpty() || filter.areaId().get().equals(c.areaId()))
                .toList());
    }

    private void load(DigitalObjective objective) {
        ObjectiveDraft draft = ObjectiveDraft.fromSaved(objective.values());
        draft.values().forEach((id, text) -> value(id).set(displayIfDate(id, text)));
        noBaselineYet.set(draft.noBaselineYet());
        measureBaselineBy.set(FieldInput.date(draft.measureBaselineBy()).map(this::display)
                .orElse(draft.measureBaselineBy()));
        targetConfirmed.set(draft.targetConfirmed());
        targetReason.set(draft.targetReason());
        showAllMessages = true;
        Optional<ObjectiveTemplate> saved = toolkit.template(objective.templateId())
                .filter(t -> ObjectiveSuggester.offerable(toolkit).contains(t));
        if (saved.isPresent()) {
            selectTemplate(saved.get().id());
            if (!objective.text().isBlank()
                    && !ObjectiveText.sameSentence(objective.text(), compose(saved.get()))) {
                editedSentences.put(saved.get().id(), objective.text());
                showSentenceFor(saved.get());
            }
        }
    }

    private String displayIfDate(String fieldId, String text) {
        boolean date = toolkit.templates().stream().flatMap(t -> t.field(fieldId).stream())
                .anyMatch(f -> f.kind() == FieldKind.DATE);
        return date ? FieldInput.date(text).map(this::display).orElse(text) : text;
    }

    private String display(LocalDate date) {
        return DISPLAY_DATE.format(date);
    }

    private StringProperty value(String fieldId) {
        return values.computeIfAbsent(fieldId, id -> {
            StringProperty property = new SimpleStringProperty(this, id, "");
            property.addListener((obs, old, now) -> changed(id));
            return property;
        });
    }

    private void changed(String fieldId) {
        if (loading) {
            return;
        }
        touched.add(fieldId);
        status.set("");
        recompute();
    }

    // ---- choosing a template ----

    /** Shows the form for this template; what was typed in fields with the same ids stays. */
    public void selectTemplate(String templateId) {
        ObjectiveTemplate chosen = ObjectiveSuggester.offerable(toolkit).stream()
                .filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no offerable template '" + templateId + "'"));
        boolean wasLoading = loading;
        loading = true;
        List<FieldModel> models = new ArrayList<>();
        for (TemplateField field : chosen.fields()) {
            String example = field.kind() == FieldKind.DATE
                    ? FieldInput.date(field.example()).map(this::display).orElse(field.example()) : field.example();
            models.add(new FieldModel(field, value(field.id()), messages.get("objective.form.exampleText", example)));
        }
        // Fields first: whoever watches the template finds the new fields in place.
        fields.setAll(models);
        templateTitle.set(chosen.title());
        template.set(chosen);
        status.set("");
        loading = wasLoading;
        recompute();
        showSentenceFor(chosen);
    }

    /** Fills the fields left empty with the template's examples; never replaces what was typed. */
    public void useExample() {
        ObjectiveTemplate t = template.get();
        if (t == null) {
            return;
        }
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

    // ---- working it all out again after every keystroke ----

    private ObjectiveDraft draft() {
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((id, v) -> typed.put(id, v.get()));
        return new ObjectiveDraft(typed, noBaselineYet.get(), measureBaselineBy.get(), targetConfirmed.get(),
                targetReason.get());
    }

    private String compose(ObjectiveTemplate t) {
        return ObjectiveText.compose(t, draft(),
                date -> date.map(d -> messages.get("objective.baseline.sentence", FieldInput.longDate(d)))
                        .orElse(messages.get("objective.baseline.sentence.noDate")),
                field -> messages.get("objective.preview.empty", field.label()));
    }

    private void recompute() {
        ObjectiveTemplate t = template.get();
        if (t == null) {
            smart.set(false);
            return;
        }
        lastResult = SmartCheck.check(t, draft(), today);
        for (FieldModel field : fields) {
            field.setMessage(visible(field.id()) ? text(lastResult.forField(field.id()), t) : "");
        }
        measureByMessage.set(noBaselineYet.get() && visible(BASELINE_MEASURE_BY)
                ? text(lastResult.forField(BASELINE_MEASURE_BY), t) : "");
        stretchTarget.set(lastResult.stretchTarget());
        targetMessage.set(visible(TARGET) || visible(TARGET_REASON)
                ? text(lastResult.forField(TARGET_REASON), t) : "");
        for (SmartRow row : smartRows) {
            updateRow(row, lastResult, t);
        }
        smart.set(lastResult.allPassed());
        preview.set(compose(t));
        if (!sentenceEdited.get()) {
            setSentence(preview.get());
        }
        if (!errors.isEmpty()) {
            refreshErrors(t);
        }
    }

    private boolean visible(String fieldId) {
        return showAllMessages || touched.contains(fieldId);
    }

    private void updateRow(SmartRow row, SmartResult result, ObjectiveTemplate t) {
        List<Finding> hints = result.hints(row.letter());
        boolean pass = hints.isEmpty();
        String detail;
        if (!pass) {
            detail = hints.stream().map(f -> text(f, t)).distinct().collect(Collectors.joining("\n"));
        } else if (row.letter() == SmartLetter.ACHIEVABLE && result.stretchTarget()) {
            detail = messages.get("objective.smart.confirmed", targetReason.get().strip());
        } else {
            detail = messages.get("objective.smart.pass." + row.letter().name());
        }
        String statusText = messages.get(pass ? "objective.smart.pass" : "objective.smart.fail");
        row.update(pass, statusText, detail,
                messages.get("objective.smart.accessible", row.name(), statusText, detail.replace("\n", ". ")));
    }

    private String text(List<Finding> findings, ObjectiveTemplate t) {
        return findings.stream().map(f -> text(f, t)).collect(Collectors.joining("\n"));
    }

    /** The sentence for one finding: what is wrong and what to do, naming the field by its label. */
    String text(Finding finding, ObjectiveTemplate t) {
        String fieldId = finding.fieldId().orElse("");
        String label = t.field(fieldId).map(TemplateField::label).orElse("");
        String key = "objective.check." + finding.code().name();
        if (finding.code() == CheckCode.EMPTY && WELL_KNOWN.contains(fieldId)) {
            key = key + "." + fieldId;
        }
        List<Object> args = new ArrayList<>();
        args.add(label);
        for (Object arg : finding.args()) {
            if (arg instanceof LocalDate date) {
                args.add(FieldInput.longDate(date));
            } else if (arg instanceof BigDecimal number) {
                args.add(number.stripTrailingZeros().toPlainString());
            } else {
                args.add(String.valueOf(arg));
            }
        }
        return messages.get(key, args.toArray());
    }

    // ---- the sentence ----

    private void setSentence(String text) {
        settingSentence = true;
        sentence.set(text);
        settingSentence = false;
    }

    private void sentenceTyped(String now) {
        if (settingSentence || template.get() == null) {
            return;
        }
        boolean edited = !now.equals(preview.get());
        sentenceEdited.set(edited);
        if (edited) {
            editedSentences.put(template.get().id(), now);
        } else {
            editedSentences.remove(template.get().id());
        }
        status.set("");
    }

    private void showSentenceFor(ObjectiveTemplate t) {
        String edited = editedSentences.get(t.id());
        sentenceEdited.set(edited != null);
        setSentence(edited != null ? edited : preview.get());
    }

    /** Drops the free edits: the sentence follows the fields again. */
    public void resetSentence() {
        ObjectiveTemplate t = template.get();
        if (t != null) {
            editedSentences.remove(t.id());
            showSentenceFor(t);
        }
    }

    // ---- saving ----

    /** Saves through the callback if the objective is SMART; otherwise lists what to fix. True if saved. */
    public boolean save() {
        ObjectiveTemplate t = template.get();
        if (t == null) {
            errors.setAll(new ErrorItem(Optional.empty(), messages.get("objective.errors.noTemplate")));
            return false;
        }
        showAllMessages = true;
        recompute();
        if (!lastResult.allPassed()) {
            refreshErrors(t);
            return false;
        }
        errors.clear();
        ObjectiveDraft draft = draft();
        String text = sentence.get() == null || sentence.get().isBlank() ? preview.get() : sentence.get().strip();
        LocalDate deadline = t.field(DEADLINE).isPresent() ? draft.deadline().orElse(defaultDeadline) : defaultDeadline;
        onSave.accept(new DigitalObjective(t.id(), draft.toSaved(t), text, Optional.of(deadline)));
        status.set(messages.get("objective.saved"));
        return true;
    }

    private void refreshErrors(ObjectiveTemplate t) {
        if (lastResult.allPassed()) {
            errors.clear();
            return;
        }
        List<ErrorItem> items = new ArrayList<>();
        for (Finding finding : lastResult.findings()) {
            ErrorItem item = new ErrorItem(finding.fieldId(), text(finding, t));
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        errors.setAll(items);
    }

    // ---- what the view binds to ----

    public List<TemplateChoice> suggestions() {
        return suggestions;
    }

    /** Why these suggestions: "Your lowest area is Measurement and insight, at Working level"; empty if none. */
    public String suggestionReason() {
        return suggestionReason;
    }

    public List<AreaFilter> areaFilters() {
        return areaFilters;
    }

    public ObjectProperty<AreaFilter> areaFilterProperty() {
        return areaFilter;
    }

    /** The templates this person may use in the chosen area, toolkit order. */
    public ObservableList<TemplateChoice> filteredTemplates() {
        return filteredTemplatesView;
    }

    public BooleanProperty showAllTemplatesProperty() {
        return showAllTemplates;
    }

    public ReadOnlyObjectProperty<ObjectiveTemplate> templateProperty() {
        return template.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty templateTitleProperty() {
        return templateTitle.getReadOnlyProperty();
    }

    /** The form's fields for the chosen template, in template order. */
    public ObservableList<FieldModel> fields() {
        return fieldsView;
    }

    public Optional<FieldModel> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    public BooleanProperty noBaselineYetProperty() {
        return noBaselineYet;
    }

    public StringProperty measureBaselineByProperty() {
        return measureBaselineBy;
    }

    public ReadOnlyStringProperty measureByMessageProperty() {
        return measureByMessage.getReadOnlyProperty();
    }

    /** True when the target needs confirming with a reason (more than 3 times the baseline, or over 100%). */
    public ReadOnlyBooleanProperty stretchTargetProperty() {
        return stretchTarget.getReadOnlyProperty();
    }

    public BooleanProperty targetConfirmedProperty() {
        return targetConfirmed;
    }

    public StringProperty targetReasonProperty() {
        return targetReason;
    }

    /** What to do about a stretching target, shown by the confirmation. */
    public ReadOnlyStringProperty targetMessageProperty() {
        return targetMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The sentence to save: follows the preview until the person edits it. */
    public StringProperty sentenceProperty() {
        return sentence;
    }

    public ReadOnlyBooleanProperty sentenceEditedProperty() {
        return sentenceEdited.getReadOnlyProperty();
    }

    /** The five letters, in SMART order. */
    public List<SmartRow> smartRows() {
        return List.copyOf(smartRows);
    }

    public SmartRow smartRow(SmartLetter letter) {
        return smartRows.get(letter.ordinal());
    }

    /** True when every letter passes. */
    public ReadOnlyBooleanProperty smartProperty() {
        return smart.getReadOnlyProperty();
    }

    /** The error summary after a save attempt; kept up to date as things are fixed. */
    public ObservableList<ErrorItem> errors() {
        return errorsView;
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
