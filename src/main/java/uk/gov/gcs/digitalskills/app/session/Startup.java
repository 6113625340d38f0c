package uk.gov.gcs.digitalskills.app.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.io.db.StoredAssessment;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/**
 * What the app loads after the first window is up (in the background): the questionnaires and the saved
 * assessments. {@link #load} may throw {@code AlreadyOpenException} or {@code DatabaseException}.
 */
public record Startup(ContentLibrary library, AssessmentStore store, Optional<StoredAssessment> draft) {
    /** The questionnaire new assessments use. */
    public static final String QUESTIONNAIRE_ID = "gcs-digital-skills";

    public static Startup load(DataFolder folder, Clock clock) {
        ContentLibrary library = ContentLibrary.load(new ContentFiles(), Optional.of(folder.questionnaires()));
        AssessmentStore store = AssessmentStore.open(folder, clock);
        Optional<StoredAssessment> draft = store.latestDraft()
                .filter(d -> library.questionnaire(d.record().questionnaire()).isPresent());
        return new Startup(library, store, draft);
    }

    public Questionnaire questionnaireForNew() {
        return library.latestQuestionnaire(QUESTIONNAIRE_ID).orElse(library.questionnaires().get(0));
    }

    public Optional<Questionnaire> questionnaireOf(AssessmentRecord record) {
        return library.questionnaire(record.questionnaire());
    }

    /** Lines to show on the start screen: skipped content files. */
    public List<String> notices() {
        return library.notices();
    }

    public Optional<Path> movedAside() {
        return store.movedAside();
    }
}
