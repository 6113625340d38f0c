package uk.gov.gcs.digitalskills.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.assessment.StoredAssessment;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;

/**
 * The repository port in memory, for ViewModel tests that need no database. It behaves as the H2 store
 * does where screens can tell (order of answers, evidence by area, blank evidence removed, drafts by last
 * change, history newest first, unknown ids) and can be made to fail like a store that has gone away.
 */
public final class InMemoryAssessmentRepository implements AssessmentRepository {
    private final Clock clock;
    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private boolean failing;

    public InMemoryAssessmentRepository(Clock clock) {
        this.clock = clock;
    }

    private static final class Row {
        final UUID id;
        final QuestionnaireRef questionnaire;
        final OffsetDateTime startedAt;
        final Map<String, Answer> answers = new LinkedHashMap<>();
        final Map<String, String> evidence = new TreeMap<>();
        Respondent respondent;
        Optional<OffsetDateTime> completedAt = Optional.empty();
        Optional<DigitalObjective> objective = Optional.empty();
        Optional<ManagerResponse> manager = Optional.empty();
        final Map<ReviewStage, Review> reviews = new TreeMap<>();
        OffsetDateTime updatedAt;

        Row(UUID id, QuestionnaireRef questionnaire, Respondent respondent, OffsetDateTime startedAt) {
            this.id = id;
            this.questionnaire = questionnaire;
            this.respondent = respondent;
            this.startedAt = startedAt;
            this.updatedAt = startedAt;
        }

        StoredAssessment stored() {
            return new StoredAssessment(new AssessmentRecord(id, questionnaire, respondent, Optional.of(startedAt),
                    completedAt, answers, evidence, objective, manager, List.copyOf(reviews.values())), updatedAt);
        }
    }

    /** From now on every call fails with a {@link DatabaseException}, as a store whose file has gone would. */
    public void failFromNow() {
        failing = true;
    }

    /** Works again after {@link #failFromNow()}, as when the disk is back. */
    public void recover() {
        failing = false;
    }

    /** As the H2 store's close: later calls fail. */
    public void close() {
        failFromNow();
    }

    private void check(DatabaseException.Kind kind) {
        if (failing) {
            throw new DatabaseException(kind, new IllegalStateException("the in-memory store is failing"));
        }
    }

    private Row row(UUID id) {
        Row row = rows.get(id);
        if (row == null) {
            // The H2 store's foreign key refuses the write.
            throw new DatabaseException(DatabaseException.Kind.WRITE, new IllegalArgumentException("no " + id));
        }
        return row;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public synchronized void create(UUID id, QuestionnaireRef questionnaire, Respondent respondent,
                                    OffsetDateTime startedAt) {
        check(DatabaseException.Kind.WRITE);
        if (rows.containsKey(id)) {
            throw new DatabaseException(DatabaseException.Kind.WRITE, new IllegalStateException("exists: " + id));
        }
        rows.put(id, new Row(id, questionnaire, respondent, startedAt));
    }

    @Override
    public synchronized void saveProfile(UUID id, Respondent respondent) {
        check(DatabaseException.Kind.WRITE);
        Optional.ofNullable(rows.get(id)).ifPresent(row -> {
            row.respondent = respondent;
            row.updatedAt = now();
        });
    }

    @Override
    public synchronized void saveAnswer(UUID id, String questionId, Answer answer) {
        check(DatabaseException.Kind.WRITE);
        Row row = row(id);
        row.answers.put(questionId, answer);
        row.updatedAt = now();
    }

    @Override
    public synchronized void deleteAnswer(UUID id, String questionId) {
        check(DatabaseException.Kind.WRITE);
        Row row = row(id);
        row.answers.remove(questionId);
        row.updatedAt = now();
    }

    @Override
    public synchronized void saveEvidence(UUID id, String areaId, String text) {
        check(DatabaseException.Kind.WRITE);
        Row row = row(id);
        row.evidence.remove(areaId);
        if (text != null && !text.isBlank()) {
            row.evidence.put(areaId, text.strip());
        }
        row.updatedAt = now();
    }

    @Override
    public synchronized void saveObjective(UUID id, DigitalObjective objective) {
        check(DatabaseException.Kind.WRITE);
        Optional.ofNullable(rows.get(id)).ifPresent(row -> {
            row.objective = Optional.ofNullable(objective);
            row.updatedAt = now();
        });
    }

    @Override
    public synchronized void complete(UUID id, OffsetDateTime completedAt) {
        check(DatabaseException.Kind.WRITE);
        Optional.ofNullable(rows.get(id)).ifPresent(row -> {
            row.completedAt = Optional.of(completedAt);
            row.updatedAt = completedAt;
        });
    }

    @Override
    public synchronized void saveManagerResponse(UUID id, ManagerResponse response) {
        check(DatabaseException.Kind.WRITE);
        Row row = row(id);
        row.manager = Optional.ofNullable(response);
        row.updatedAt = now();
    }

    @Override
    public synchronized void saveReview(UUID id, Review review) {
        check(DatabaseException.Kind.WRITE);
        Row row = row(id);
        row.reviews.put(review.stage(), review);
        row.updatedAt = now();
    }

    @Override
    public synchronized AssessmentRecord load(UUID id) {
        check(DatabaseException.Kind.READ);
        return Optional.ofNullable(rows.get(id)).map(row -> row.stored().record())
                .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND, null, id));
    }

    @Override
    public synchronized Optional<StoredAssessment> latestDraft() {
        check(DatabaseException.Kind.READ);
        return rows.values().stream().filter(row -> row.completedAt.isEmpty())
                .max(Comparator.comparing((Row row) -> row.updatedAt.toInstant())).map(Row::stored);
    }

    @Override
    public synchronized List<AssessmentRecord> history() {
        check(DatabaseException.Kind.READ);
        List<Row> done = new ArrayList<>(rows.values().stream().filter(row -> row.completedAt.isPresent()).toList());
        done.sort(Comparator.comparing((Row row) -> row.completedAt.get().toInstant())
                .thenComparing(row -> row.startedAt.toInstant()).reversed());
        return done.stream().map(row -> row.stored().record()).toList();
    }
}
