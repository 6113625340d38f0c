package uk.gov.gcs.digitalskills.io.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.assessment.StoredAssessment;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.io.DataFolder;

class AssessmentStoreTest {
    private static final QuestionnaireRef REF = new QuestionnaireRef("gcs-digital-skills", "2026.1");
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0.toInstant());
    private AssessmentStore store;

    @BeforeEach
    void open() {
        store = AssessmentStore.open(new DataFolder(dir), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keepsEverythingOfADraftAcrossAReopen() {
        UUID id = UUID.randomUUID();
        store.create(id, REF, new Respondent(null, "press-office", "heo", "cabinet-office"), T0);
        store.saveAnswer(id, "q1", new Answer.ScaleValue(3));
        store.saveAnswer(id, "q2", new Answer.Choice("b"));
        store.saveAnswer(id, "q3", new Answer.Multi(List.of("a", "c")));
        store.saveAnswer(id, "q4", Answer.NOT_APPLICABLE);
        store.saveAnswer(id, "q1", new Answer.ScaleValue(1));
        store.saveEvidence(id, "planning", "  I wrote the plan for the launch.  ");
        store.saveProfile(id, new Respondent("Sam", "press-office", "seo", "Parish council"));
        DigitalObjective objective = new DigitalObjective("plan-1", Map.of("action", "plan", "metric", "reach"),
                "I will plan.", Optional.of(LocalDate.of(2027, 3, 31)));
        store.saveObjective(id, objective);
        store.close();

        store = AssessmentStore.open(new DataFolder(dir), clock);
        AssessmentRecord record = store.load(id);
        assertThat(record.questionnaire()).isEqualTo(REF);
        assertThat(record.respondent()).isEqualTo(new Respondent("Sam", "press-office", "seo", "Parish council"));
        assertThat(record.answers()).containsExactly(
                Map.entry("q1", new Answer.ScaleValue(1)), Map.entry("q2", new Answer.Choice("b")),
                Map.entry("q3", new Answer.Multi(List.of("a", "c"))), Map.entry("q4", Answer.NOT_APPLICABLE));
        assertThat(record.evidence()).containsExactly(Map.entry("planning", "I wrote the plan for the launch."));
        assertThat(record.objective()).contains(objective);
        assertThat(record.startedAt()).contains(T0);
        assertThat(record.completedAt()).isEmpty();
        assertThat(store.schemaVersion()).isEqualTo(2);
    }

    @Test
    void deletingAnAnswerAndBlankEvidenceForgetsThem() {
        UUID id = UUID.randomUUID();
        store.create(id, REF, Respondent.ANONYMOUS, T0);
        store.saveAnswer(id, "q3", new Answer.Multi(List.of("a")));
        store.saveEvidence(id, "planning", "something");
        store.deleteAnswer(id, "q3");
        store.saveEvidence(id, "planning", "   ");
        assertThat(store.load(id).answers()).isEmpty();
        assertThat(store.load(id).evidence()).isEmpty();
    }

    @Test
    void latestDraftIsTheMostRecentlySavedUnfinishedOne() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        store.create(older, REF, Respondent.ANONYMOUS, T0);
        store.create(newer, REF, Respondent.ANONYMOUS, T0.plusMinutes(1));
        clock.set(T0.plusMinutes(5));
        store.saveAnswer(older, "q1", new Answer.ScaleValue(2));

        StoredAssessment draft = store.latestDraft().orElseThrow();
        assertThat(draft.record().assessmentId()).isEqualTo(older);
        assertThat(draft.updatedAt().toInstant()).isEqualTo(T0.plusMinutes(5).toInstant());

        store.complete(older, T0.plusMinutes(6));
        store.complete(newer, T0.plusMinutes(7));
        assertThat(store.latestDraft()).isEmpty();
    }

    @Test
    void historyListsCompletedAssessmentsNewestFirst() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        store.create(first, REF, Respondent.ANONYMOUS, T0);
        store.create(second, REF, Respondent.ANONYMOUS, T0.plusDays(1));
        store.create(draft, REF, Respondent.ANONYMOUS, T0.plusDays(2));
        store.complete(first, T0.plusHours(1));
        store.complete(second, T0.plusDays(1).plusHours(1));

        assertThat(store.history()).extracting(AssessmentRecord::assessmentId).containsExactly(second, first);
        assertThat(store.history().get(0).completedAt().orElseThrow().toInstant())
                .isEqualTo(T0.plusDays(1).plusHours(1).toInstant());
    }

    @Test
    void savingToAnUnknownAssessmentFailsWithAReason() {
        assertThatThrownBy(() -> store.saveAnswer(UUID.randomUUID(), "q1", new Answer.ScaleValue(1)))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.WRITE));
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> store.load(unknown)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.kind()).isEqualTo(DatabaseException.Kind.NOT_FOUND);
            assertThat(e.args()).containsExactly(unknown.toString());
        });
    }

    @Test
    void aDamagedFileIsMovedAsideAndAFreshStoreStarted() throws Exception {
        store.close();
        Path file = dir.resolve("assessments.mv.db");
        Files.write(file, "this is not an H2 database, just some damaged bytes".repeat(200).getBytes());

        store = AssessmentStore.open(new DataFolder(dir), clock);

        assertThat(store.movedAside()).isPresent();
        assertThat(store.movedAside().get()).exists();
        assertThat(store.movedAside().get().getFileName().toString()).startsWith("assessments.damaged-");
        assertThat(store.history()).isEmpty();
        assertThat(store.schemaVersion()).isEqualTo(2);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(OffsetDateTime time) {
            now = time.toInstant();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
