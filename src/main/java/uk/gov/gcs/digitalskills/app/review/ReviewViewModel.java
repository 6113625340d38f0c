package uk.gov.gcs.digitalskills.app.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;

/**
 * The mid-year or year-end review of an objective: date (today unless changed), the actual figure, the
 * status the stage allows, and a short note. Errors go in a summary and by each field, as in About you. An
 * existing review of the stage fills the form, so saving again changes it. Saved on the saves lane; a failed
 * save keeps everything typed.
 */
public final class ReviewViewModel {
    public static final int NOTE_MAX = Review.NOTE_LIMIT;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The fields in page order; the error summary links to them. */
    public enum Field {
        DATE, ACTUAL, STATUS, NOTE
    }

    /** One line of the error summary. */
    public record FieldError(Field field, String message) {
    }

    private final AssessmentRecord record;
    private final ReviewStage stage;
    private final AssessmentRepository store;
    private final Background background;
    private final ErrorPresenter errors;
    private final Clock clock;
    private final Messages messages;
    private final Routes routes;
    private final ReviewWords words;
    private final boolean editing;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty actual = new SimpleStringProperty("");
    private final ObjectProperty<ReviewStatus> status = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<FieldError> fieldErrors = FXCollections.observableArrayList();
    private final Map<Field, ReadOnlyStringWrapper> byField = new EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemDetails = new ReadOnlyStringWrapper("");

    public ReviewViewModel(AssessmentRecord record, ReviewStage stage, AssessmentRepository store,
                           Background background, ErrorPresenter errors, Clock clock, Messages messages,
                           Routes routes) {
        this.record = record;
        this.stage = stage;
        this.store = store;
        this.background = background;
        this.errors = errors;
        this.clock = clock;
        this.messages = messages;
        this.routes = routes;
        this.words = new ReviewWords(messages);
        for (Field field : Field.values()) {
            byField.put(field, new ReadOnlyStringWrapper(""));
        }
        Optional<Review> saved = record.reviews().stream().filter(r -> r.stage() == stage).findFirst();
        this.editing = saved.isPresent();
        date.set(TYPED.format(saved.map(Review::date).orElse(LocalDate.now(clock))));
        saved.ifPresent(r -> {
            actual.set(r.actual().map(FieldInput::grouped).orElse(""));
            status.set(r.status());
            note.set(r.note() == null ? "" : r.note());
        });
    }

    public ReviewStage stage() {
        return stage;
    }

    public String heading() {
        return switch (stage) {
            case MID_YEAR -> messages.get(editing ? "review.heading.midYear.change" : "review.heading.midYear");
            case YEAR_END -> messages.get(editing ? "review.heading.yearEnd.change" : "review.heading.yearEnd");
        };
    }

    /** The objective being reviewed, so the person sees what they are reporting on. */
    public String objectiveText() {
        return record.objective().map(o -> o.text()).orElse("");
    }

    public String statusQuestion() {
        return switch (stage) {
            case MID_YEAR -> messages.get("review.status.question.midYear");
            case YEAR_END -> messages.get("review.status.question.yearEnd");
        };
    }

    /** The statuses this stage allows, with their words. */
    public List<ReviewStatus> statuses() {
        return ReviewWords.statusesFor(stage);
    }

    public String statusText(ReviewStatus s) {
        return words.status(s);
    }

    /** "You have 980 characters remaining", or how many too many. */
    public StringBinding noteCount() {
        return Bindings.createStringBinding(() -> {
            int left = NOTE_MAX - note.get().codePointCount(0, note.get().length());
            return left >= 0 ? messages.get("review.note.remaining", left)
                    : messages.get("review.note.tooMany", -left);
        }, note);
    }

    /** Checks the form; when it is fine, saves the review and returns to Start. False when there are errors. */
    public boolean save() {
        if (saving.get()) {
            return true;
        }
        List<FieldError> found = new ArrayList<>();
        Optional<LocalDate> day = FieldInput.date(date.get());
        if (date.get().isBlank()) {
            found.add(new FieldError(Field.DATE, messages.get("review.error.dateMissing")));
        } else if (day.isEmpty()) {
            found.add(new FieldError(Field.DATE, messages.get("review.error.dateInvalid")));
        } else if (day.get().isAfter(LocalDate.now(clock))) {
            found.add(new FieldError(Field.DATE, messages.get("review.error.dateFuture")));
        }
        Optional<BigDecimal> figure = FieldInput.number(actual.get());
        if (!actual.get().isBlank() && figure.isEmpty()) {
            found.add(new FieldError(Field.ACTUAL, messages.get("review.error.actual")));
        }
        if (!stage.allows(status.get())) {
            found.add(new FieldError(Field.STATUS, switch (stage) {
                case MID_YEAR -> messages.get("review.error.status.midYear");
                case YEAR_END -> messages.get("review.error.status.yearEnd");
            }));
        }
        if (Review.noteTooLong(note.get())) {
            found.add(new FieldError(Field.NOTE, messages.get("review.error.noteTooLong")));
        }
        byField.values().forEach(e -> e.set(""));
        found.forEach(e -> byField.get(e.field()).set(e.message()));
        fieldErrors.setAll(found);
        if (!found.isEmpty()) {
            return false;
        }
        Review review = new Review(stage, day.get(), figure, status.get(), note.get().strip());
        problem.set("");
        problemDetails.set("");
        saving.set(true);
        background.save(() -> {
            store.saveReview(record.assessmentId(), review);
            return null;
        }).onSuccess(done -> {
            routes.saved();
            routes.start();
        })
                .onError(Throwable.class, error -> {
                    var shown = errors.present(error, "review.error.save");
                    problem.set(shown.sentence());
                    problemDetails.set(shown.details());
                })
                .andFinally(() -> saving.set(false))
                .start();
        return true;
    }

    public void back() {
        routes.start();
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty actualProperty() {
        return actual;
    }

    public ObjectProperty<ReviewStatus> statusProperty() {
        return status;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<FieldError> errors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return byField.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Why the last save failed, in one sentence; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemDetailsProperty() {
        return problemDetails.getReadOnlyProperty();
    }
}
