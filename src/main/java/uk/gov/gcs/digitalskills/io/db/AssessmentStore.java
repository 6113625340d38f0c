package uk.gov.gcs.digitalskills.io.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.gov.gcs.digitalskills.io.DataFolder;

/**
 * Drafts and completed assessments in {@code <data-dir>/assessments.mv.db}. Every write is one small
 * transaction, committed and on disk when the method returns, so a hard kill loses nothing already saved.
 * Call it from the background thread only (the app's {@code Background}); it is not for the FX thread.
 */
public final class AssessmentStore implements AssessmentRepository, AutoCloseable {
    public static final String FILE_NAME = "assessments";

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "assessments, answers and evidence", """
                    CREATE TABLE assessment (
                        id UUID PRIMARY KEY,
                        questionnaire_id VARCHAR(200) NOT NULL,
                        questionnaire_version VARCHAR(100) NOT NULL,
                        respondent_name VARCHAR(1000),
                        respondent_role VARCHAR(200),
                        respondent_grade VARCHAR(200),
                        respondent_organisation VARCHAR(1000),
                        objective_json CHARACTER LARGE OBJECT,
                        started_at TIMESTAMP WITH TIME ZONE NOT NULL,
                        updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
                        completed_at TIMESTAMP WITH TIME ZONE);
                    CREATE INDEX assessment_completed ON assessment (completed_at);
                    CREATE TABLE answer (
                        assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
                        question_id VARCHAR(200) NOT NULL,
                        answer_json VARCHAR(10000) NOT NULL,
                        seq BIGINT GENERATED ALWAYS AS IDENTITY,
                        answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
                        PRIMARY KEY (assessment_id, question_id));
                    CREATE TABLE evidence (
                        assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
                        area_id VARCHAR(200) NOT NULL,
                        text CHARACTER LARGE OBJECT NOT NULL,
                        PRIMARY KEY (assessment_id, area_id))
                    """),
            new Migration(2, "the line manager's response and the reviews of the performance year", """
                    ALTER TABLE assessment ADD COLUMN manager_json CHARACTER LARGE OBJECT;
                    CREATE TABLE review (
                        assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
                        stage VARCHAR(20) NOT NULL,
                        review_json CHARACTER LARGE OBJECT NOT NULL,
                        PRIMARY KEY (assessment_id, stage))
                    """));

    private final Database database;
    private final Clock clock;

    public AssessmentStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        try (Statement s = connection().createStatement()) {
            // H2 otherwise keeps commits in memory for up to 500 ms: a hard kill would lose the last answers.
            s.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.OPEN, e);
        }
    }

    /** Opens the store in the data folder; throws {@link AlreadyOpenException} when another copy has it. */
    public static AssessmentStore open(DataFolder folder, Clock clock) {
        return new AssessmentStore(Database.open(file(folder), MIGRATIONS), clock);
    }

    public static Path file(DataFolder folder) {
        return folder.path().resolve(FILE_NAME);
    }

    /** Where a damaged database file was moved when the store was opened, if it was. */
    public Optional<Path> movedAside() {
        return database.movedAside();
    }

    @Override
    public synchronized void create(UUID id, QuestionnaireRef questionnaire, Respondent respondent,
                                    OffsetDateTime startedAt) {
        update("INSERT INTO assessment (id, questionnaire_id, questionnaire_version, respondent_name,"
                + " respondent_role, respondent_grade, respondent_organisation, started_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", p -> {
                    p.setObject(1, id);
                    p.setString(2, questionnaire.id());
                    p.setString(3, questionnaire.version());
                    setRespondent(p, 4, respondent);
                    p.setObject(8, startedAt);
                    p.setObject(9, startedAt);
                });
    }

    @Override
    public synchronized void saveProfile(UUID id, Respondent respondent) {
        update("UPDATE assessment SET respondent_name = ?, respondent_role = ?, respondent_grade = ?,"
                + " respondent_organisation = ?, updated_at = ? WHERE id = ?", p -> {
                    setRespondent(p, 1, respondent);
                    p.setObject(5, now());
                    p.setObject(6, id);
                });
    }

    /** Records (or replaces) one answer and commits it at once. */
    @Override
    public synchronized void saveAnswer(UUID id, String questionId, Answer answer) {
        OffsetDateTime now = now();
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("MERGE INTO answer (assessment_id, question_id,"
                    + " answer_json, answered_at) KEY (assessment_id, question_id) VALUES (?, ?, ?, ?)")) {
                p.setObject(1, id);
                p.setString(2, questionId);
                p.setString(3, StoreJson.answer(answer));
                p.setObject(4, now);
                p.executeUpdate();
            }
            touch(c, id, now);
        });
    }

    /** Forgets an answer, as when every box of a "select all that apply" question is cleared. */
    @Override
    public synchronized void deleteAnswer(UUID id, String questionId) {
        OffsetDateTime now = now();
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM answer WHERE assessment_id = ? AND question_id = ?")) {
                p.setObject(1, id);
                p.setString(2, questionId);
                p.executeUpdate();
            }
            touch(c, id, now);
        });
    }

    /** Keeps the evidence text for an area; blank text removes it. */
    @Override
    public synchronized void saveEvidence(UUID id, String areaId, String text) {
        OffsetDateTime now = now();
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM evidence WHERE assessment_id = ? AND area_id = ?")) {
                p.setObject(1, id);
                p.setString(2, areaId);
                p.executeUpdate();
            }
            if (text != null && !text.isBlank()) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO evidence (assessment_id, area_id, text) VALUES (?, ?, ?)")) {
                    p.setObject(1, id);
                    p.setString(2, areaId);
                    p.setString(3, text.strip());
                    p.executeUpdate();
                }
            }
            touch(c, id, now);
        });
    }

    @Override
    public synchronized void saveObjective(UUID id, DigitalObjective objective) {
        update("UPDATE assessment SET objective_json = ?, updated_at = ? WHERE id = ?", p -> {
            p.setString(1, objective == null ? null : StoreJson.objective(objective));
            p.setObject(2, now());
            p.setObject(3, id);
        });
    }

    @Override
    public synchronized void complete(UUID id, OffsetDateTime completedAt) {
        update("UPDATE assessment SET completed_at = ?, updated_at = ? WHERE id = ?", p -> {
            p.setObject(1, completedAt);
            p.setObject(2, completedAt);
            p.setObject(3, id);
        });
    }

    @Override
    public synchronized void saveManagerResponse(UUID id, ManagerResponse response) {
        update("UPDATE assessment SET manager_json = ?, updated_at = ? WHERE id = ?", p -> {
            p.setString(1, response == null ? null : StoreJson.manager(response));
            p.setObject(2, now());
            p.setObject(3, id);
        });
    }

    /** Keeps a review, replacing the earlier one at its stage, and commits it at once. */
    @Override
    public synchronized void saveReview(UUID id, Review review) {
        OffsetDateTime now = now();
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("MERGE INTO review (assessment_id, stage, review_json)"
                    + " KEY (assessment_id, stage) VALUES (?, ?, ?)")) {
                p.setObject(1, id);
                p.setString(2, review.stage().code());
                p.setString(3, StoreJson.review(review));
                p.executeUpdate();
            }
            touch(c, id, now);
        });
    }

    public synchronized Optional<StoredAssessment> find(UUID id) {
        List<StoredAssessment> found = query("SELECT * FROM assessment WHERE id = ?", p -> p.setObject(1, id));
        return found.stream().findFirst();
    }

    /** The assessment with this id; a {@link DatabaseException} if there is none. */
    @Override
    public synchronized AssessmentRecord load(UUID id) {
        return find(id).map(StoredAssessment::record)
                .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND, null, id));
    }

    /** The unfinished assessment saved most recently, if any. */
    @Override
    public synchronized Optional<StoredAssessment> latestDraft() {
        return query("SELECT * FROM assessment WHERE completed_at IS NULL ORDER BY updated_at DESC LIMIT 1",
                p -> { }).stream().findFirst();
    }

    /** Completed assessments, newest first. */
    @Override
    public synchronized List<AssessmentRecord> history() {
        return query("SELECT * FROM assessment WHERE completed_at IS NOT NULL ORDER BY completed_at DESC, started_at DESC",
                p -> { }).stream().map(StoredAssessment::record).toList();
    }

    public int schemaVersion() {
        return database.schemaVersion();
    }

    @Override
    public synchronized void close() {
        database.close();
    }

    private List<StoredAssessment> query(String sql, Binder binder) {
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            binder.bind(p);
            List<StoredAssessment> found = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.READ, e);
        }
    }

    private StoredAssessment read(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String objective = rs.getString("objective_json");
        String manager = rs.getString("manager_json");
        AssessmentRecord record = new AssessmentRecord(id,
                new QuestionnaireRef(rs.getString("questionnaire_id"), rs.getString("questionnaire_version")),
                new Respondent(rs.getString("respondent_name"), rs.getString("respondent_role"),
                        rs.getString("respondent_grade"), rs.getString("respondent_organisation")),
                Optional.ofNullable(rs.getObject("started_at", OffsetDateTime.class)),
                Optional.ofNullable(rs.getObject("completed_at", OffsetDateTime.class)),
                answers(id), evidence(id),
                objective == null ? Optional.empty() : Optional.of(StoreJson.objective(objective)),
                manager == null ? Optional.empty() : Optional.of(StoreJson.manager(manager)), reviews(id));
        return new StoredAssessment(record, rs.getObject("updated_at", OffsetDateTime.class));
    }

    private Map<String, Answer> answers(UUID id) throws SQLException {
        Map<String, Answer> answers = new LinkedHashMap<>();
        try (PreparedStatement p = connection().prepareStatement(
                "SELECT question_id, answer_json FROM answer WHERE assessment_id = ? ORDER BY seq")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    answers.put(rs.getString(1), StoreJson.answer(rs.getString(2)));
                }
            }
        }
        return answers;
    }

    private Map<String, String> evidence(UUID id) throws SQLException {
        Map<String, String> evidence = new LinkedHashMap<>();
        try (PreparedStatement p = connection().prepareStatement(
                "SELECT area_id, text FROM evidence WHERE assessment_id = ? ORDER BY area_id")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    evidence.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return evidence;
    }

    private List<Review> reviews(UUID id) throws SQLException {
        List<Review> reviews = new ArrayList<>();
        try (PreparedStatement p = connection().prepareStatement(
                "SELECT review_json FROM review WHERE assessment_id = ?")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    reviews.add(StoreJson.review(rs.getString(1)));
                }
            }
        }
        return reviews;
    }

    private void update(String sql, Binder binder) {
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                binder.bind(p);
                if (p.executeUpdate() == 0) {
                    throw new SQLException("no assessment matched: " + sql);
                }
            }
        });
    }

    private void transaction(Work work) {
        Connection c = connection();
        try {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.WRITE, e);
        }
    }

    private static void touch(Connection c, UUID id, OffsetDateTime now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE assessment SET updated_at = ? WHERE id = ?")) {
            p.setObject(1, now);
            p.setObject(2, id);
            if (p.executeUpdate() == 0) {
                throw new SQLException("assessment " + id + " is not saved");
            }
        }
    }

    private static void setRespondent(PreparedStatement p, int first, Respondent r) throws SQLException {
        p.setString(first, r.name());
        p.setString(first + 1, r.role());
        p.setString(first + 2, r.grade());
        p.setString(first + 3, r.organisation());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private Connection connection() {
        return database.connection();
    }

    /** H2's own text stays in the cause, for the log: it is never shown to anyone. */
    private static DatabaseException failure(DatabaseException.Kind kind, SQLException e) {
        return new DatabaseException(kind, e);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }
}
