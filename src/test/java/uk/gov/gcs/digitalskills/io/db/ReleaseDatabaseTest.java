package uk.gov.gcs.digitalskills.io.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
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

    @Test
    void theUpgradedFileKeepsAResponseAndReviewsForAnOldAssessment() throws Exception {
        copyFixture();
        ManagerResponse response = new ManagerResponse("Siân Ó Briain", Optional.of(LocalDate.of(2027, 4, 20)),
                Optional.of(false), "Let's talk about the target.\nIt looks low.");
        Review mid = new Review(ReviewStage.MID_YEAR, LocalDate.of(2027, 10, 1), Optional.of(new BigDecimal("640")),
                ReviewStatus.ON_TRACK, "Half way there");
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir), CLOCK)) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            store.saveManagerResponse(ReleaseDatabase.COMPLETED, response);
            store.saveReview(ReleaseDatabase.COMPLETED, mid);
        }
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir), CLOCK)) {
            AssessmentRecord record = store.load(ReleaseDatabase.COMPLETED);
            assertThat(record.manager()).contains(response);
            assertThat(record.reviews()).containsExactly(mid);
            assertThat(record.withManager(Optional.empty()).withReviews(List.of()))
                    .isEqualTo(ReleaseDatabase.records().get(1));
            assertThat(store.history()).hasSize(2);
        }
    }

    private void copyFixture() throws Exception {
        try (InputStream in = ReleaseDatabaseTest.class.getResourceAsStream(ReleaseDatabase.RESOURCE)) {
            assertThat(in).as("the release 0.1.0 database fixture").isNotNull();
            Files.copy(in, AssessmentStore.file(new DataFolder(dir)).resolveSibling(AssessmentStore.FILE_NAME + ".mv.db"));
        }
    }
}
