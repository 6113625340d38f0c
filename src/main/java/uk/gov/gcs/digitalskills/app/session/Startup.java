package uk.gov.gcs.digitalskills.app.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.core.assessment.StoredAssessment;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/**
 * What the app has once loading after the first window is up has finished: the questionnaires, the saved
 * assessments (behind their port) and the draft to offer under "Continue your assessment".
 */
public record Startup(ContentLibrary library, AssessmentRepository store, Optional<StoredAssessment> draft,
                      Optional<Path> movedAside) {
    /** The questionnaire new assessments use. */
    public static final String QUESTIONNAIRE_ID = "gcs-digital-skills";

    /** Finds the draft to continue: the latest one whose questionnaire is still installed. */
    public static Startup of(ContentLibrary library, AssessmentRepository store, Optional<Path> movedAside) {
        Optional<StoredAssessment> draft = store.latestDraft()
                .filter(d -> library.questionnaire(d.record().questionnaire()).isPresent());
        return new Startup(library, store, draft, movedAside);
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
}
