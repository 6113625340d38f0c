package uk.gov.gcs.digitalskills.io.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.io.DataFolder;

/** A database file written by release 0.1.0 opens with this code and keeps every assessment. */
class ReleaseDatabaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aFileFromRelease010OpensWithEveryAssessmentAnswerEvidenceAndObjective() throws Exception {
        copyFixture();
        List<AssessmentRecord> expected = ReleaseDatabase.records();

        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir), CLOCK)) {
            assertThat(store.movedAside()).isEmpty();
            assertThat(store.history()).containsExactly(expected.get(0), expected.get(1));
            assertThat(store.latestDraft()).hasValueSatisfying(d -> assertThat(d.record()).isEqualTo(expected.get(2)));
            for (AssessmentRecord record : expected) {
                AssessmentRecord loaded = store.load(record.assessmentId());
                assertThat(loaded).isEqualTo(record);
                // Equal maps may differ in order: answers must come back in the order they were given.
                assertThat(List.copyOf(loaded.answers().keySet())).isEqualTo(List.copyOf(record.answers().keySet()));
                assertThat(loaded.manager()).isEmpty();
                assertThat(loaded.reviews()).isEmpty();
            }
        }
    }

    private void copyFixture() throws Exception {
        try (InputStream in = ReleaseDatabaseTest.class.getResourceAsStream(ReleaseDatabase.RESOURCE)) {
            assertThat(in).as("the release 0.1.0 database fixture").isNotNull();
            Files.copy(in, AssessmentStore.file(new DataFolder(dir)).resolveSibling(AssessmentStore.FILE_NAME + ".mv.db"));
        }
    }
}
