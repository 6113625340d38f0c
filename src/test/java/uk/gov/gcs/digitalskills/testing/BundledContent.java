package uk.gov.gcs.digitalskills.testing;

import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/** The questionnaire and toolkit bundled in the app, loaded once for all tests. */
public final class BundledContent {
    private static ContentLibrary library;

    private BundledContent() {
    }

    public static synchronized ContentLibrary library() {
        if (library == null) {
            library = ContentLibrary.load(new ContentFiles(), Optional.empty());
        }
        return library;
    }

    /** The newest bundled version: what a fresh assessment uses. */
    public static Questionnaire questionnaire() {
        return library().latestQuestionnaire("gcs-digital-skills").orElseThrow();
    }

    /**
     * One bundled version. Fixtures whose data and expected figures were written for 2026.1 ask for it by
     * name ({@link #FIRST_VERSION}), so they keep testing the same thing when a newer version is bundled.
     */
    public static Questionnaire questionnaire(String version) {
        return library().questionnaire(new QuestionnaireRef("gcs-digital-skills", version)).orElseThrow();
    }

    /** The first bundled version, which stays installed so that its drafts and results score as before. */
    public static final String FIRST_VERSION = "2026.1";
}
