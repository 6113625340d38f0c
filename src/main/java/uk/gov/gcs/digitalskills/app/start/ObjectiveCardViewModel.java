package uk.gov.gcs.digitalskills.app.start;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.review.ReviewWords;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveFields;
import uk.gov.gcs.digitalskills.core.objective.PerformanceYear;

/**
 * "Your objective this year" on Start (DESIGN.md §2 step 9): the latest completed assessment whose objective
 * belongs to the current performance year (April to March, by the app's clock), with its baseline, target, the
 * latest actual figure as words and a bar, the reviews so far, and what to add next.
 */
public final class ObjectiveCardViewModel {
    /** What the card shows; {@code progress} is between 0 and 1, or empty when the figures cannot make a bar. */
    public record Card(AssessmentRecord record, String objective, String figures, String progressText,
                       Optional<Double> progress, List<String> reviews, String managerText, String midYearAction,
                       String yearEndAction, String responseAction) {
    }

    private final Background background;
    private final ErrorPresenter errors;
    private final Callable<List<AssessmentRecord>> history;
    private final Clock clock;
    private final Messages messages;
    private final Routes routes;
    private final ReviewWords words;
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** @param history completed assessments, newest first (the repository's {@code history()}) */
    public ObjectiveCardViewModel(Background background, ErrorPresenter errors,
                                  Callable<List<AssessmentRecord>> history, Clock clock, Messages messages,
                                  Routes routes) {
        this.background = background;
        this.errors = errors;
        this.history = history;
        this.clock = clock;
        this.messages = messages;
        this.routes = routes;
        this.words = new ReviewWords(messages);
    }

    /** Reads the completed assessments (jobs lane) and fills the card, or leaves it empty. */
    public void load() {
        background.task(history)
                .onSuccess(records -> card.set(thisYear(records).map(this::card).orElse(null)))
                .onError(Exception.class, e -> problem.set(errors.present(e, "start.objective.error").sentence()))
                .start();
    }

    /** The newest completed assessment whose objective is this performance year's. */
    Optional<AssessmentRecord> thisYear(List<AssessmentRecord> records) {
        PerformanceYear year = PerformanceYear.current(clock);
        return records.stream().filter(r -> r.completedAt().isPresent() && r.objective().isPresent())
                .filter(r -> year.contains(yearDay(r)))
                .max(Comparator.comparing(r -> r.completedAt().orElseThrow()));
    }

    /** The day that places an objective in a year: its deadline, or else the day it was set. */
    private static LocalDate yearDay(AssessmentRecord r) {
        return r.objective().flatMap(DigitalObjective::deadline)
                .orElse(r.completedAt().orElseThrow().toLocalDate());
    }

    private Card card(AssessmentRecord record) {
        DigitalObjective objective = record.objective().orElseThrow();
        Optional<BigDecimal> baseline = FieldInput.number(objective.values().get(ObjectiveFields.BASELINE));
        Optional<BigDecimal> target = FieldInput.number(objective.values().get(ObjectiveFields.TARGET));
        Optional<Review> latest = record.reviews().stream().filter(r -> r.actual().isPresent())
                .max(Comparator.comparing(Review::date).thenComparing(Review::stage));
        String figures = messages.get("start.objective.figures",
                shown(objective.values().get(ObjectiveFields.BASELINE)),
                shown(objective.values().get(ObjectiveFields.TARGET)));
        String progressText;
        Optional<Double> progress = Optional.empty();
        if (latest.isEmpty()) {
            progressText = messages.get("start.objective.noFigure");
        } else {
            BigDecimal actual = latest.get().actual().orElseThrow();
            if (target.isPresent() && baseline.isPresent()) {
                progressText = messages.get("start.objective.progress", FieldInput.grouped(actual),
                        FieldInput.grouped(target.get()), FieldInput.grouped(baseline.get()));
                progress = fraction(actual, baseline.get(), target.get());
            } else if (target.isPresent()) {
                progressText = messages.get("start.objective.progressNoBaseline", FieldInput.grouped(actual),
                        FieldInput.grouped(target.get()));
                progress = fraction(actual, BigDecimal.ZERO, target.get());
            } else {
                progressText = messages.get("start.objective.latestOnly", FieldInput.grouped(actual));
            }
        }
        List<String> reviews = record.reviews().stream().sorted(Comparator.comparing(Review::stage))
                .map(r -> messages.get("start.objective.review", words.stage(r.stage()),
                        FieldInput.longDate(r.date()), words.status(r.status()))).toList();
        String manager = record.manager().map(m -> m.agreed().map(agreed -> messages.get(agreed
                        ? "start.objective.agreed" : "start.objective.notAgreed", name(m.name())))
                        .orElse(messages.get("start.objective.responded", name(m.name()))))
                .orElse(messages.get("start.objective.noResponse"));
        return new Card(record, objective.text(), figures, progressText, progress, reviews, manager,
                messages.get(has(record, ReviewStage.MID_YEAR) ? "start.objective.changeMidYear"
                        : "start.objective.addMidYear"),
                messages.get(has(record, ReviewStage.YEAR_END) ? "start.objective.changeYearEnd"
                        : "start.objective.addYearEnd"),
                messages.get(record.manager().isPresent() ? "start.objective.changeResponse"
                        : "start.objective.addResponse"));
    }

    private String name(String name) {
        return name == null || name.isBlank() ? messages.get("start.objective.yourManager") : name.strip();
    }

    private String shown(String value) {
        if (value == null || value.isBlank()) {
            return messages.get("start.objective.notGiven");
        }
        return FieldInput.number(value).filter(n -> !value.strip().endsWith("%")).map(FieldInput::grouped)
                .orElse(value.strip());
    }

    /** How far from the baseline to the target the actual figure has come, 0 to 1 (also when the target is lower). */
    static Optional<Double> fraction(BigDecimal actual, BigDecimal baseline, BigDecimal target) {
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return Optional.empty();
        }
        double done = actual.subtract(baseline).divide(span, 4, RoundingMode.HALF_UP).doubleValue();
        return Optional.of(Math.max(0, Math.min(1, done)));
    }

    private static boolean has(AssessmentRecord record, ReviewStage stage) {
        return record.reviews().stream().anyMatch(r -> r.stage() == stage);
    }

    public void midYear() {
        Optional.ofNullable(card.get()).ifPresent(c -> routes.review(c.record(), ReviewStage.MID_YEAR));
    }

    public void yearEnd() {
        Optional.ofNullable(card.get()).ifPresent(c -> routes.review(c.record(), ReviewStage.YEAR_END));
    }

    public void managerResponse() {
        Optional.ofNullable(card.get()).ifPresent(c -> routes.managerResponse(c.record(), Routes.ReturnTo.START));
    }

    /** The card, or null when there is no objective this year. */
    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
