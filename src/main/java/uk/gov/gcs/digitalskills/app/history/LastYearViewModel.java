package uk.gov.gcs.digitalskills.app.history;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.review.ReviewWords;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.objective.PerformanceYear;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;

/**
 * "Since last year" on Results (issue 13 point 5): when the assessment on screen is in the performance year
 * after an earlier one, how last year's objective ended and how each area changed, with the same comparison
 * the history screen makes ({@link CompareViewModel}).
 */
public final class LastYearViewModel {
    /** What the panel says; {@code changes} is one line per area, overall first. */
    public record Panel(String intro, String objective, String outcome, List<String> changes) {
    }

    private final PastResult currentResult;
    private final AssessmentRecord current;
    private final Callable<List<PastResult>> history;
    private final Background background;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final Formats formats;
    private final Routes routes;
    private final ReviewWords words;
    private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>();

    /** @param history the completed assessments with their questionnaires, newest first */
    public LastYearViewModel(PastResult current, Callable<List<PastResult>> history, Background background,
                             ErrorPresenter errors, Messages messages, Formats formats, Routes routes) {
        this.currentResult = current;
        this.current = current.record();
        this.history = history;
        this.background = background;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.routes = routes;
        this.words = new ReviewWords(messages);
    }

    /** Finds last year's assessment in the background; the panel stays empty when there is none. */
    public void load() {
        if (current.completedAt().isEmpty()) {
            return;
        }
        background.task(history)
                .onSuccess(results -> panel.set(lastYear(results).flatMap(this::panel).orElse(null)))
                // The panel is extra: if it cannot be read the results are still all there, so it is only logged.
                .onError(Exception.class, e -> errors.present(e, "results.lastYear.error"))
                .start();
    }

    /** The newest completed assessment in the performance year before this one's. */
    Optional<PastResult> lastYear(List<PastResult> results) {
        LocalDate day = current.completedAt().orElseThrow().toLocalDate();
        PerformanceYear thisYear = PerformanceYear.containing(day);
        PerformanceYear before = PerformanceYear.containing(thisYear.start().minusDays(1));
        return results.stream()
                .filter(r -> !r.record().assessmentId().equals(current.assessmentId()))
                .filter(r -> r.record().completedAt().map(at -> before.contains(at.toLocalDate())).orElse(false))
                .max(Comparator.comparing(r -> r.record().completedAt().orElseThrow()));
    }

    private Optional<Panel> panel(PastResult last) {
        String intro = messages.get("results.lastYear.intro", last.record().completedAt().map(formats::date).orElse(""));
        String objective = last.record().objective().map(o -> messages.get("results.lastYear.objective", o.text()))
                .orElse(messages.get("results.lastYear.noObjective"));
        String outcome = last.record().objective().isEmpty() ? ""
                : words.outcome(last.record().review(ReviewStage.YEAR_END).map(Review::status));
        List<String> changes = List.of();
        if (last.report().isPresent() && currentResult.report().isPresent()) {
            changes = new CompareViewModel(last, currentResult, messages, formats, routes).rows().stream()
                    .map(row -> messages.get("results.lastYear.change", row.title(), row.change(), row.later()))
                    .toList();
        }
        return Optional.of(new Panel(intro, objective, outcome, changes));
    }

    /** The panel, or null when there is no assessment from last year. */
    public ReadOnlyObjectProperty<Panel> panelProperty() {
        return panel.getReadOnlyProperty();
    }
}
