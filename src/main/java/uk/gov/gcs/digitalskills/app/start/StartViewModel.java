package uk.gov.gcs.digitalskills.app.start;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.UserError;
import uk.gov.gcs.digitalskills.app.session.Routes;

/**
 * The start screen. It shows at once, while the questionnaire and saved assessments load; {@link #ready}
 * then says whether there is a draft to continue and what needs telling (skipped files, a damaged database).
 */
public final class StartViewModel {
    private final Messages messages;
    private final Formats formats;
    private final Routes routes;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastSaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemDetails = new ReadOnlyStringWrapper("");
    private final ObservableList<String> notices = FXCollections.observableArrayList();

    public StartViewModel(Messages messages, Formats formats, Routes routes) {
        this.messages = messages;
        this.formats = formats;
        this.routes = routes;
    }

    /** Everything loaded: a draft saved at {@code draftSavedAt} (if any), and notices to show. */
    public void ready(Optional<OffsetDateTime> draftSavedAt, List<String> contentNotices, Optional<Path> movedAside) {
        canContinue.set(draftSavedAt.isPresent());
        lastSaved.set(draftSavedAt.map(at -> messages.get("start.lastSaved", formats.dateAndTime(at))).orElse(""));
        notices.clear();
        movedAside.ifPresent(path -> notices.add(messages.get("start.notice.movedAside", path.getFileName(),
                path.getParent())));
        contentNotices.forEach(line -> notices.add(messages.get("start.notice.skipped", line)));
        loading.set(false);
    }

    /** Loading failed in a way the user can do nothing about here: say so in one sentence. */
    public void failed(String sentence) {
        failed(new UserError(sentence, ""));
    }

    /** As {@link #failed(String)}, with details the user can copy for whoever supports them. */
    public void failed(UserError error) {
        problem.set(error.sentence());
        problemDetails.set(error.details());
        loading.set(false);
    }

    public void startNew() {
        if (isReady()) {
            routes.newAssessment();
        }
    }

    public void continueDraft() {
        if (isReady() && canContinue.get()) {
            routes.continueAssessment();
        }
    }

    public void teamInsights() {
        routes.insights();
    }

    public void pastAssessments() {
        if (isReady()) {
            routes.history();
        }
    }

    private boolean isReady() {
        return !loading.get() && problem.get().isEmpty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What "Copy details" puts on the clipboard; empty when there is nothing to copy. */
    public ReadOnlyStringProperty problemDetailsProperty() {
        return problemDetails.getReadOnlyProperty();
    }

    public ObservableList<String> notices() {
        return notices;
    }
}
