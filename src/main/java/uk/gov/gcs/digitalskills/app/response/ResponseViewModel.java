package uk.gov.gcs.digitalskills.app.response;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.UserError;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

/**
 * "Add your manager's response" (issue 13): the person chooses the appraisal PDF their manager filled in;
 * it is read on the jobs lane, matched by its embedded assessment id to an assessment on this computer, and
 * shown (name, date, agreed or not, comments). "Save this response" stores it on the saves lane. Every
 * failure is one sentence through {@link ErrorPresenter}.
 */
public final class ResponseViewModel {
    /** What was read, in words, ready to show; {@code target} is the assessment it belongs to. */
    public record Found(AssessmentRecord target, ManagerResponse response, String name, String date,
                        String agreed, String comments, String forAssessment) {
    }

    /** A returned PDF whose assessment is not among the completed ones on this computer. */
    static final class NotOnThisComputer extends Exception {
        private static final long serialVersionUID = 1L;

        NotOnThisComputer() {
            super("the returned PDF is for an assessment that is not on this computer");
        }
    }

    private final AssessmentRecord record;
    private final Routes.ReturnTo returnTo;
    private final ResponseReader reader;
    private final AssessmentRepository store;
    private final Background background;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final Formats formats;
    private final Routes routes;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Found> found = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");

    /** @param record the assessment whose "Add your manager's response" was chosen (the PDF decides which one is stored) */
    public ResponseViewModel(AssessmentRecord record, Routes.ReturnTo returnTo, ResponseReader reader,
                             AssessmentRepository store, Background background, ErrorPresenter errors,
                             Messages messages, Formats formats, Routes routes) {
        this.record = record;
        this.returnTo = returnTo;
        this.reader = reader;
        this.store = store;
        this.background = background;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.routes = routes;
    }

    public String heading() {
        return messages.get(record.manager().isPresent() ? "response.heading.change" : "response.heading");
    }

    /** Reads the chosen PDF; empty (the dialog was cancelled) changes nothing. */
    public void read(Optional<Path> chosen) {
        if (chosen.isEmpty() || working.get()) {
            return;
        }
        Path pdf = chosen.get();
        fileName.set(String.valueOf(pdf.getFileName()));
        found.set(null);
        problem.set("");
        problemDetails.set("");
        working.set(true);
        background.task(() -> {
            ManagerResponseReader.Returned read = reader.read(pdf);
            // Only completed assessments were ever exported, so history is where a returned PDF must match.
            List<AssessmentRecord> completed = store.history();
            AssessmentRecord target = completed.stream()
                    .filter(r -> r.assessmentId().equals(read.assessmentId())).findFirst()
                    .orElseThrow(NotOnThisComputer::new);
            return found(target, read.manager(), read.unreadDate());
        }).onSuccess(found::set)
                .onError(Throwable.class, this::failed)
                .andFinally(() -> working.set(false))
                .start();
    }

    private void failed(Throwable error) {
        UserError shown = errors.present(error, ResponseProblems.keyFor(error));
        problem.set(shown.sentence());
        problemDetails.set(shown.details());
    }

    private Found found(AssessmentRecord target, ManagerResponse response, Optional<String> unreadDate) {
        String name = blank(response.name()) ? messages.get("response.notGiven") : response.name().strip();
        // A date the app cannot read is shown as typed, so the person sees it was not lost, only not understood.
        String date = response.date().map(FieldInput::longDate).orElse(unreadDate
                .map(typed -> messages.get("response.dateUnread", typed)).orElse(messages.get("response.notGiven")));
        String agreed = response.agreed().map(yes -> messages.get(yes ? "response.agreed.yes" : "response.agreed.no"))
                .orElse(messages.get("response.agreed.notSaid"));
        String comments = blank(response.comments()) ? messages.get("response.noComments") : response.comments().strip();
        String forAssessment = messages.get("response.forAssessment",
                target.completedAt().map(formats::date).orElse(""));
        return new Found(target, response, name, date, agreed, comments, forAssessment);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Stores what was read against the assessment the PDF is for, then returns where the person came from. */
    public void save() {
        Found read = found.get();
        if (read == null || working.get()) {
            return;
        }
        working.set(true);
        problem.set("");
        problemDetails.set("");
        background.save(() -> {
            store.saveManagerResponse(read.target().assessmentId(), read.response());
            return store.load(read.target().assessmentId());
        }).onSuccess(this::done)
                .onError(Throwable.class, error -> {
                    UserError shown = errors.present(error, "response.error.save");
                    problem.set(shown.sentence());
                    problemDetails.set(shown.details());
                })
                .andFinally(() -> working.set(false))
                .start();
    }

    private void done(AssessmentRecord saved) {
        routes.saved();
        switch (returnTo) {
            case START -> routes.start();
            case HISTORY -> routes.history();
            case RESULTS -> routes.results(saved, false);
            case RESULTS_FROM_HISTORY -> routes.results(saved, true);
        }
    }

    public void back() {
        switch (returnTo) {
            case START -> routes.start();
            case HISTORY -> routes.history();
            case RESULTS -> routes.results(record, false);
            case RESULTS_FROM_HISTORY -> routes.results(record, true);
        }
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** What was read from the PDF, or null before one is read (or when reading failed). */
    public ReadOnlyObjectProperty<Found> foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemDetailsProperty() {
        return problemDetails.getReadOnlyProperty();
    }

    /** The chosen file's name, to say what is being read. */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }
}
