package uk.gov.gcs.digitalskills.testing;

import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
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

    public static Questionnaire questionnaire() {
        return library().latestQuestionnaire("gcs-digital-skills").orElseThrow();
    }
}
