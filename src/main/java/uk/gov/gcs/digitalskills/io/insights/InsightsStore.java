package uk.gov.gcs.digitalskills.io.insights;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.insights.AnonymisedResult;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.core.insights.ObjectiveFacts;
import uk.gov.gcs.digitalskills.core.insights.ResultFigures;
import uk.gov.gcs.digitalskills.core.insights.YearEndStatus;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.Database;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.db.Migration;

/**
 * The training lead's store of imported results: its own H2 file, {@code <data-dir>/insights}, apart from the
 * person's own assessments. It holds anonymised results only (see {@link AnonymisedResult}). For fast
 * queries each result's figures are two small binary columns in questionnaire order, kept apart from the
 * answers' JSON, and are read once into memory on the first query and kept up to date by imports.
 * Version 2 adds the three objective facts (DESIGN.md §3.4: whether there is an objective, whether it was
 * agreed, the year-end status); results stored before have them NULL, "not known".
 */
public final class InsightsStore implements AutoCloseable {
    public static final String FILE_NAME = "insights";

    static final List<Migration> MIGRATIONS = List.of(new Migration(1, "imported results", """
            CREATE TABLE questionnaire_layout (
                questionnaire_id VARCHAR(200) NOT NULL,
                questionnaire_version VARCHAR(100) NOT NULL,
                layout VARCHAR NOT NULL,
                PRIMARY KEY (questionnaire_id, questionnaire_version));
            CREATE TABLE imported_result (
                assessment_id UUID PRIMARY KEY,
                questionnaire_id VARCHAR(200) NOT NULL,
                questionnaire_version VARCHAR(100) NOT NULL,
                role VARCHAR(500),
                grade VARCHAR(500),
                organisation VARCHAR(1000),
                completed_month INT,
                area_tenths VARBINARY(10000) NOT NULL,
                question_points VARBINARY(100000) NOT NULL);
            CREATE TABLE imported_answers (
                assessment_id UUID PRIMARY KEY REFERENCES imported_result (assessment_id) ON DELETE CASCADE,
                fingerprint CHAR(64) NOT NULL,
                answers VARCHAR NOT NULL,
                area_scores VARCHAR NOT NULL,
                imported_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)
            """), new Migration(2, "objective facts", """
            ALTER TABLE imported_result ADD COLUMN has_objective BOOLEAN;
            ALTER TABLE imported_result ADD COLUMN objective_agreed BOOLEAN;
            ALTER TABLE imported_result ADD COLUMN year_end_status VARCHAR(20)
            """));

    private final Database database;
    private final Connection connection;
    private final Map<QuestionnaireRef, Layout> layouts = new HashMap<>();
    private List<ResultFigures> cache;

    private InsightsStore(Database database) {
        this.database = database;
        this.connection = database.connection();
        loadLayouts();
    }

    public static InsightsStore open(DataFolder folder) {
        return open(folder.path().resolve(FILE_NAME));
    }

    public static InsightsStore open(Path file) {
        return new InsightsStore(Database.open(file, MIGRATIONS));
    }

    /** Where a damaged store was moved aside on opening, if it was. */
    public Optional<Path> movedAside() {
        return database.movedAside();
    }

    public synchronized Map<QuestionnaireRef, Layout> layouts() {
        return Map.copyOf(layouts);
    }

    /** The fingerprint stored for an assessment, if it has been imported. */
    public synchronized Optional<String> fingerprint(UUID assessmentId) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT fingerprint FROM imported_answers WHERE assessment_id = ?")) {
            p.setObject(1, assessmentId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.READ, e);
        }
    }

    /**
     * The fingerprints stored for those of {@code assessmentIds} that have been imported, in one query: an
     * import asks once per batch, not once per file.
     */
    public synchronized Map<UUID, String> fingerprints(Collection<UUID> assessmentIds) {
        Map<UUID, String> found = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT assessment_id, fingerprint FROM imported_answers WHERE assessment_id = ANY(?)")) {
            p.setArray(1, connection.createArrayOf("UUID", assessmentIds.toArray()));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.READ, e);
        }
        return found;
    }

    /** Stores a batch of new results, and any layouts not stored yet, in one transaction. */
    public synchronized void insert(List<AnonymisedResult> results, Collection<Layout> newLayouts) {
        if (results.isEmpty()) {
            return;
        }
        try {
            connection.setAutoCommit(false);
            List<Layout> added = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement("MERGE INTO questionnaire_layout "
                    + "(questionnaire_id, questionnaire_version, layout) KEY (questionnaire_id, questionnaire_version)"
                    + " VALUES (?, ?, ?)")) {
                for (Layout layout : newLayouts) {
                    if (!layouts.containsKey(layout.ref())) {
                        p.setString(1, layout.ref().id());
                        p.setString(2, layout.ref().version());
                        p.setString(3, LayoutJson.write(layout));
                        p.executeUpdate();
                        added.add(layout);
                    }
                }
            }
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO imported_result (assessment_id,"
                    + " questionnaire_id, questionnaire_version, role, grade, organisation, completed_month,"
                    + " area_tenths, question_points, has_objective, objective_agreed, year_end_status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement a = connection.prepareStatement("INSERT INTO imported_answers (assessment_id,"
                    + " fingerprint, answers, area_scores) VALUES (?, ?, ?, ?)")) {
                for (AnonymisedResult r : results) {
                    p.setObject(1, r.assessmentId());
                    p.setString(2, r.questionnaire().id());
                    p.setString(3, r.questionnaire().version());
                    p.setString(4, r.role());
                    p.setString(5, r.grade());
                    p.setString(6, r.organisation());
                    if (r.completedMonth().isPresent()) {
                        p.setInt(7, monthNumber(r.completedMonth().get()));
                    } else {
                        p.setNull(7, Types.INTEGER);
                    }
                    p.setBytes(8, pack(r.figures().areaTenthsCopy()));
                    p.setBytes(9, pack(r.figures().questionPointsCopy()));
                    setObjective(p, 10, r.objective());
                    p.addBatch();
                    a.setObject(1, r.assessmentId());
                    a.setString(2, r.fingerprint());
                    a.setString(3, LayoutJson.answers(r.answers()));
                    a.setString(4, LayoutJson.areaScores(r.areaPercents()));
                    a.addBatch();
                }
                p.executeBatch();
                a.executeBatch();
            }
            connection.commit();
            added.forEach(l -> layouts.put(l.ref(), l));
            if (cache != null) {
                results.forEach(r -> cache.add(r.figures()));
            }
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one worth reporting
            }
            throw failure(DatabaseException.Kind.WRITE, e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable anyway
            }
        }
    }

    public synchronized int count() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM imported_result")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.READ, e);
        }
    }

    /** The figures of every stored result, read from the file on the first call and kept in memory after. */
    public synchronized List<ResultFigures> figures() {
        if (cache == null) {
            cache = load();
        }
        return java.util.Collections.unmodifiableList(new ArrayList<>(cache));
    }

    private List<ResultFigures> load() {
        List<ResultFigures> figures = new ArrayList<>();
        Map<String, QuestionnaireRef> refs = new HashMap<>();
        Map<String, String> strings = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery("SELECT questionnaire_id, questionnaire_version, role, grade,"
                    + " organisation, completed_month, area_tenths, question_points, has_objective,"
                    + " objective_agreed, year_end_status FROM imported_result")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String version = rs.getString(2);
                    QuestionnaireRef ref = refs.computeIfAbsent(id + '\n' + version,
                            k -> new QuestionnaireRef(id, version));
                    int month = rs.getInt(6);
                    Optional<YearMonth> completed = rs.wasNull() ? Optional.empty()
                            : Optional.of(YearMonth.of(month / 100, month % 100));
                    figures.add(new ResultFigures(ref, intern(strings, rs.getString(3)),
                            intern(strings, rs.getString(4)), intern(strings, rs.getString(5)), completed,
                            unpack(rs.getBytes(7)), unpack(rs.getBytes(8)), objective(rs, 9)));
                }
            }
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.READ, e);
        }
        return figures;
    }

    /** The objective facts stored for an assessment: empty when it is not stored or was stored before they were kept. */
    public synchronized Optional<ObjectiveFacts> objectiveFacts(UUID assessmentId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT has_objective, objective_agreed,"
                + " year_end_status FROM imported_result WHERE assessment_id = ?")) {
            p.setObject(1, assessmentId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? objective(rs, 1) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.READ, e);
        }
    }

    /**
     * Replaces the objective facts of stored results (a returned PDF brings the manager's agreement, a later
     * file the year-end status), in one transaction, and in the figures in memory.
     */
    public synchronized void updateObjectives(Map<UUID, ObjectiveFacts> facts) {
        if (facts.isEmpty()) {
            return;
        }
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement p = connection.prepareStatement("UPDATE imported_result SET has_objective = ?,"
                    + " objective_agreed = ?, year_end_status = ? WHERE assessment_id = ?")) {
                for (Map.Entry<UUID, ObjectiveFacts> e : facts.entrySet()) {
                    setObjective(p, 1, e.getValue());
                    p.setObject(4, e.getKey());
                    p.addBatch();
                }
                p.executeBatch();
            }
            connection.commit();
            cache = null; // read again on the next query: updates are rare, queries many
        } catch (SQLException e) {
            rollback();
            throw failure(DatabaseException.Kind.WRITE, e);
        } finally {
            autoCommit();
        }
    }

    /**
     * Stores a layout in place of the one kept for its questionnaire version. Used to complete layouts
     * stored before weights and parts were kept, from the same questionnaire file.
     */
    public synchronized void replaceLayout(Layout layout) {
        try (PreparedStatement p = connection.prepareStatement("MERGE INTO questionnaire_layout "
                + "(questionnaire_id, questionnaire_version, layout) KEY (questionnaire_id, questionnaire_version)"
                + " VALUES (?, ?, ?)")) {
            p.setString(1, layout.ref().id());
            p.setString(2, layout.ref().version());
            p.setString(3, LayoutJson.write(layout));
            p.executeUpdate();
            layouts.put(layout.ref(), layout);
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.WRITE, e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is unusable anyway
        }
    }

    private static void setObjective(PreparedStatement p, int first, ObjectiveFacts facts) throws SQLException {
        p.setBoolean(first, facts.hasObjective());
        if (facts.agreed().isPresent()) {
            p.setBoolean(first + 1, facts.agreed().get());
        } else {
            p.setNull(first + 1, Types.BOOLEAN);
        }
        p.setString(first + 2, facts.yearEnd().map(YearEndStatus::id).orElse(null));
    }

    private static Optional<ObjectiveFacts> objective(ResultSet rs, int first) throws SQLException {
        boolean has = rs.getBoolean(first);
        if (rs.wasNull()) {
            return Optional.empty();
        }
        boolean agreed = rs.getBoolean(first + 1);
        Optional<Boolean> agreedFact = rs.wasNull() ? Optional.empty() : Optional.of(agreed);
        String status = rs.getString(first + 2);
        return Optional.of(new ObjectiveFacts(has, agreedFact,
                status == null ? Optional.empty() : YearEndStatus.fromId(status)));
    }

    /** Every stored result's answers as JSON, by assessment id: for checks and support. */
    public synchronized Map<UUID, String> answersJson() {
        Map<UUID, String> answers = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT assessment_id, answers FROM imported_answers")) {
            while (rs.next()) {
                answers.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.READ, e);
        }
        return answers;
    }

    /** The open connection, for tests that check what is (and is not) stored. */
    Connection connectionForTests() {
        return connection;
    }

    @Override
    public synchronized void close() {
        database.close();
    }

    private void loadLayouts() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT layout FROM questionnaire_layout")) {
            while (rs.next()) {
                Layout layout = LayoutJson.read(rs.getString(1));
                layouts.put(layout.ref(), layout);
            }
        } catch (SQLException e) {
            throw failure(DatabaseException.Kind.READ, e);
        }
    }

    private static String intern(Map<String, String> strings, String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }

    static int monthNumber(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static byte[] pack(short[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2);
        for (short v : values) {
            buffer.putShort(v);
        }
        return buffer.array();
    }

    private static short[] unpack(byte[] bytes) {
        short[] values = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).asShortBuffer().get(values);
        return values;
    }

    /** H2's own text stays in the cause, for the log: it is never shown to anyone. */
    private static DatabaseException failure(DatabaseException.Kind kind, SQLException e) {
        return new DatabaseException(kind, e);
    }
}
