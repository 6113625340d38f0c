package uk.gov.gcs.digitalskills.app.objective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveText;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.suggest.ObjectiveSuggester;
import uk.gov.gcs.digitalskills.core.objective.suggest.Suggestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * Which templates to offer: the suggestions for the weakest core area (and why), and "see all templates" with
 * its area filter, starting on the suggested area.
 */
final class TemplatePicker {
    private final Questionnaire questionnaire;
    private final ObjectiveToolkit toolkit;
    private final Messages messages;
    private final LocalDate defaultDeadline;
    private final List<TemplateChoice> suggestions;
    private final String suggestionReason;
    private final List<TemplateChoice> available;
    private final List<AreaFilter> areaFilters;
    private final ObjectProperty<AreaFilter> areaFilter = new SimpleObjectProperty<>(this, "areaFilter");
    private final ObservableList<TemplateChoice> filtered = FXCollections.observableArrayList();
    private final ObservableList<TemplateChoice> filteredView = FXCollections.unmodifiableObservableList(filtered);
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAllTemplates", false);

    TemplatePicker(Questionnaire questionnaire, ObjectiveToolkit toolkit, ScoreReport scores, String roleId,
                   Messages messages, LocalDate defaultDeadline) {
        this.questionnaire = questionnaire;
        this.toolkit = toolkit;
        this.messages = messages;
        this.defaultDeadline = defaultDeadline;
        List<Suggestion> suggested = ObjectiveSuggester.suggest(questionnaire, scores, toolkit, roleId);
        this.suggestions = suggested.stream().map(s -> choice(s.template())).toList();
        this.suggestionReason = suggested.isEmpty() ? "" : reason(suggested.get(0));
        this.available = ObjectiveSuggester.availableTo(toolkit, roleId).stream().map(this::choice).toList();
        this.areaFilters = buildAreaFilters();
        areaFilter.addListener((obs, old, now) -> filter());
        Optional<String> suggestedArea = suggested.stream().findFirst().map(s -> s.area().areaId());
        areaFilter.set(areaFilters.stream().filter(f -> f.areaId().equals(suggestedArea)).findFirst()
                .orElse(areaFilters.get(0)));
    }

    /** A template that may be offered here. */
    ObjectiveTemplate template(String templateId) {
        return offerable(templateId)
                .orElseThrow(() -> new IllegalArgumentException("no offerable template '" + templateId + "'"));
    }

    Optional<ObjectiveTemplate> offerable(String templateId) {
        return ObjectiveSuggester.offerable(toolkit).stream().filter(t -> t.id().equals(templateId)).findFirst();
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

    private void filter() {
        AreaFilter f = areaFilter.get();
        filtered.setAll(available.stream()
                .filter(c -> f == null || f.areaId().isEmpty() || f.areaId().get().equals(c.areaId()))
                .toList());
    }

    List<TemplateChoice> suggestions() {
        return suggestions;
    }

    String suggestionReason() {
        return suggestionReason;
    }

    List<AreaFilter> areaFilters() {
        return areaFilters;
    }

    ObjectProperty<AreaFilter> areaFilterProperty() {
        return areaFilter;
    }

    ObservableList<TemplateChoice> filteredTemplates() {
        return filteredView;
    }

    BooleanProperty showAllTemplatesProperty() {
        return showAll;
    }
}
