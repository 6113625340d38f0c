package uk.gov.gcs.digitalskills.app.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.review.ReviewWords;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;

/** "Your past assessments": newest first, open one, or pick two to compare. Loaded in the background. */
public final class HistoryViewModel {
    /** One row of the list. */
    public record Entry(UUID id, PastResult result, String date, String version, String overall, boolean canOpen,
                        String outcome, String responseText) {
    }

    private final Background background;
    private final ErrorPresenter errors;
    private final Callable<List<PastResult>> loader;
    private final Messages messages;
    private final Formats formats;
    private final Routes routes;
    private final ReviewWords words;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<UUID> chosen = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public HistoryViewModel(Background background, Callable<List<PastResult>> loader, Messages messages,
                            Formats formats, Routes routes) {
        this(background, new ErrorPresenter(messages), loader, messages, formats, routes);
    }

    public HistoryViewModel(Background background, ErrorPresenter errors, Callable<List<PastResult>> loader,
                            Messages messages, Formats formats, Routes routes) {
        this.background = background;
        this.errors = errors;
        this.loader = loader;
        this.messages = messages;
        this.formats = formats;
        this.routes = routes;
        this.words = new ReviewWords(messages);
    }

    public void load() {
        loading.set(true);
        background.task(loader)
                .onSuccess(results -> entries.setAll(results.stream().map(this::entry).toList()))
                .onError(Exception.class, error -> problem.set(errors.present(error, "history.error").sentence()))
                .andFinally(() -> loading.set(false))
                .start();
    }

    private Entry entry(PastResult result) {
        String date = result.record().completedAt().map(formats::dateAndTime).orElse("");
        String version = messages.get("history.version", result.record().questionnaire().version());
        String overall = result.report().map(r -> r.overall()
                        .map(o -> messages.get("results.area.value", formats.percent(o.percent()), o.level().label()))
                        .orElse(messages.get("results.notScored")))
                .orElse(messages.get("history.notInstalled", result.record().questionnaire()));
        // The objective's outcome (issue 13): the year-end status in words, or that there was no year-end review.
        String outcome = result.record().objective().isEmpty() ? messages.get("history.noObjective")
                : messages.get("history.outcome", result.record().review(ReviewStage.YEAR_END)
                        .map(r -> words.status(r.status())).orElse(messages.get("review.outcome.none")));
        String response = messages.get(result.record().manager().isPresent() ? "start.objective.changeResponse"
                : "start.objective.addResponse");
        return new Entry(result.record().assessmentId(), result, date, version, overall,
                result.questionnaire().isPresent(), outcome, response);
    }

    public void open(Entry entry) {
        if (entry.canOpen()) {
            routes.results(entry.result().record(), true);
        }
    }

    /** "Add your manager's response" for a past assessment; back and Save return here. */
    public void addResponse(Entry entry) {
        routes.managerResponse(entry.result().record(), Routes.ReturnTo.HISTORY);
    }

    /** Ticks or unticks an assessment for comparison; at most two stay ticked (the oldest tick goes). */
    public void toggleCompare(UUID id, boolean on) {
        if (on && !chosen.contains(id)) {
            if (chosen.size() == 2) {
                chosen.remove(0);
            }
            chosen.add(id);
        } else if (!on) {
            chosen.remove(id);
        }
    }

    public boolean canCompare() {
        return chosen.size() == 2;
    }

    public void compare() {
        if (!canCompare()) {
            problem.set(messages.get("history.compare.needTwo"));
            return;
        }
        List<Entry> two = new ArrayList<>(entries.stream().filter(e -> chosen.contains(e.id())).toList());
        if (two.size() != 2 || two.stream().anyMatch(e -> !e.canOpen())) {
            problem.set(messages.get("history.compare.cannot"));
            return;
        }
        two.sort(Comparator.comparing(e -> e.result().record().completedAt().orElseThrow()));
        problem.set("");
        routes.compare(two.get(0).result().record(), two.get(1).result().record());
    }

    public void back() {
        routes.start();
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ObservableList<UUID> chosen() {
        return chosen;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
