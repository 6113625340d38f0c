package uk.gov.gcs.digitalskills.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;

/** The in-memory fake keeps the promises the H2 store keeps, so ViewModel tests on it mean something. */
class AssessmentRepositoryContractTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final QuestionnaireRef REF = new QuestionnaireRef("gcs-digital-skills", "1.0.0");

    @TempDir
    Path dir;

    static Stream<Arguments> repositories() {
        Function<Path, AssessmentRepository> h2 = dir -> AssessmentStore.open(new DataFolder(dir), CLOCK);
        Function<Path, AssessmentRepository> memory = dir -> new InMemoryAssessmentRepository(CLOCK);
        return Stream.of(Arguments.of("H2 store", h2), Arguments.of("in memory", memory));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void keepsAnswersInOrderAndEvidenceByAreaWithBlankRemoved(String name, Function<Path, AssessmentRepository> make) {
        AssessmentRepository repo = make.apply(dir);
        UUID id = UUID.randomUUID();
        repo.create(id, REF, new Respondent("Sam", "press-office", "heo", "co"), T0);
        repo.saveAnswer(id, "q2", new Answer.ScaleValue(2));
        repo.saveAnswer(id, "q1", Answer.NOT_APPLICABLE);
        repo.saveAnswer(id, "q2", new Answer.ScaleValue(4));
        repo.saveAnswer(id, "q3", new Answer.Multi(List.of("a", "b")));
        repo.deleteAnswer(id, "q3");
        repo.saveEvidence(id, "plan", "  A plan  ");
        repo.saveEvidence(id, "measure", "Numbers");
        repo.saveEvidence(id, "measure", " ");

        AssessmentRecord record = repo.load(id);

        assertThat(record.answers()).containsExactly(java.util.Map.entry("q2", new Answer.ScaleValue(4)),
                java.util.Map.entry("q1", Answer.NOT_APPLICABLE));
        assertThat(record.evidence()).containsExactly(java.util.Map.entry("plan", "A plan"));
        assertThat(repo.latestDraft()).hasValueSatisfying(d -> assertThat(d.record().assessmentId()).isEqualTo(id));
        close(repo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void historyHasOnlyCompletedOnesNewestFirstAndUnknownIdsFail(String name,
                                                                 Function<Path, AssessmentRepository> make) {
        AssessmentRepository repo = make.apply(dir);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        repo.create(first, REF, Respondent.ANONYMOUS, T0);
        repo.create(second, REF, Respondent.ANONYMOUS, T0.plusDays(1));
        repo.create(draft, REF, Respondent.ANONYMOUS, T0.plusDays(2));
        repo.complete(first, T0.plusHours(1));
        repo.complete(second, T0.plusDays(1).plusHours(1));

        assertThat(repo.history()).extracting(AssessmentRecord::assessmentId).containsExactly(second, first);
        assertThat(repo.latestDraft()).hasValueSatisfying(d -> assertThat(d.record().assessmentId()).isEqualTo(draft));
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> repo.load(unknown)).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> repo.saveAnswer(unknown, "q1", new Answer.ScaleValue(1)))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.WRITE));
        close(repo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void keepsTheManagersResponseAndOneReviewPerStageReplacingByStage(String name,
                                                                      Function<Path, AssessmentRepository> make) {
        AssessmentRepository repo = make.apply(dir);
        UUID id = UUID.randomUUID();
        repo.create(id, REF, Respondent.ANONYMOUS, T0);
        repo.complete(id, T0.plusHours(1));
        ManagerResponse response = new ManagerResponse("Siân Ó Briain", Optional.of(LocalDate.of(2027, 4, 20)),
                Optional.of(true), "Good plan.\nLet's meet in May.");
        Review yearEnd = new Review(ReviewStage.YEAR_END, LocalDate.of(2028, 3, 20), Optional.of(new BigDecimal("1520.50")),
                ReviewStatus.MET, "Reached it");
        Review firstMid = new Review(ReviewStage.MID_YEAR, LocalDate.of(2027, 10, 1), Optional.empty(),
                ReviewStatus.BEHIND, "");
        Review secondMid = new Review(ReviewStage.MID_YEAR, LocalDate.of(2027, 10, 8), Optional.of(new BigDecimal("700")),
                ReviewStatus.ON_TRACK, "Caught up");

        repo.saveManagerResponse(id, response);
        repo.saveReview(id, yearEnd);
        repo.saveReview(id, firstMid);
        repo.saveReview(id, secondMid);

        AssessmentRecord record = repo.load(id);
        assertThat(record.manager()).contains(response);
        assertThat(record.reviews()).containsExactly(secondMid, yearEnd);
        assertThat(repo.history()).singleElement().isEqualTo(record);
        repo.saveManagerResponse(id, null);
        assertThat(repo.load(id).manager()).isEmpty();
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> repo.saveReview(unknown, firstMid)).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.WRITE));
        assertThatThrownBy(() -> repo.saveManagerResponse(unknown, response))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.WRITE));
        close(repo);
    }

    private static void close(AssessmentRepository repo) {
        if (repo instanceof AssessmentStore store) {
            store.close();
        }
    }
}
