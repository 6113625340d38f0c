package uk.gov.gcs.digitalskills.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.io.pdf.AppraisalExport;

/**
 * The services the screens use, made once, in the background, when the data folder is opened. With
 * {@link DigitalSkillsApp} this is the composition root: the only part of the app that knows the io
 * adapters behind the ports (ArchitectureTest holds the rest of the app to that).
 *
 * @param library     the questionnaires and toolkits, bundled and the department's own
 * @param assessments the H2 store, behind its port
 * @param movedAside  where a damaged database file was moved, to tell the user
 * @param insights    opens the Team insights store on first use, sharing {@code library}
 * @param export      PDF and result file, with templates from {@code library}
 */
public record AppServices(ContentLibrary library, AssessmentRepository assessments, Optional<Path> movedAside,
                          Callable<InsightsService> insights, AppraisalExport export, AutoCloseable closeStore)
        implements AutoCloseable {

    /** Loads the content and opens the store; may throw {@code AlreadyOpenException} or {@code DatabaseException}. */
    public static AppServices open(DataFolder folder, Clock clock) {
        ContentLibrary library = ContentLibrary.load(new ContentFiles(), Optional.of(folder.questionnaires()));
        AssessmentStore store = AssessmentStore.open(folder, clock);
        return new AppServices(library, store, store.movedAside(),
                () -> new InsightsService(InsightsStore.open(folder), library),
                new AppraisalExport(AppVersion.current(), library), store::close);
    }

    @Override
    public void close() throws Exception {
        closeStore.close();
    }
}
