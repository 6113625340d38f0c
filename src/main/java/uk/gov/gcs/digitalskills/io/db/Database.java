package uk.gov.gcs.digitalskills.io.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import uk.gov.gcs.digitalskills.io.PrivateFiles;

/**
 * One embedded H2 file, opened once and owned by this process (a second copy gets
 * {@link AlreadyOpenException}). The schema is versioned and migrated on open; a file H2 cannot read is
 * moved aside, kept for support, and a fresh one started.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Connection connection;
    private final Optional<Path> movedAside;

    private Database(Connection connection, Optional<Path> movedAside) {
        this.connection = connection;
        this.movedAside = movedAside;
    }

    /**
     * Opens (creating if needed) the database at {@code file}, which is a path without H2's
     * {@code .mv.db} ending, and brings its schema up to the last migration.
     */
    public static Database open(Path file, List<Migration> migrations) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            PrivateFiles.folder(folder);
            // Tighten what an older version (or a loose umask) left readable, before H2 opens it.
            PrivateFiles.files(folder, file.getFileName().toString());
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.FOLDER_NOT_CREATED, e, file.getParent());
        }
        Optional<Path> movedAside = Optional.empty();
        Connection connection;
        try {
            connection = connect(file);
        } catch (SQLException e) {
            if (isLocked(e)) {
                throw new AlreadyOpenException(e);
            }
            if (!isCorrupt(e)) {
                throw new DatabaseException(DatabaseException.Kind.OPEN, e, file.getParent());
            }
            LOG.log(Level.WARNING, "database file is damaged; moving it aside", e);
            movedAside = Optional.of(moveAside(file));
            try {
                connection = connect(file);
            } catch (SQLException again) {
                throw new DatabaseException(DatabaseException.Kind.OPEN, again, file.getParent());
            }
        }
        Database database = new Database(connection, movedAside);
        database.migrate(migrations);
        try {
            // H2 made any new file with the umask's permissions: the data file, its trace, the moved-aside copy.
            PrivateFiles.files(folder, file.getFileName().toString());
        } catch (IOException e) {
            database.close();
            throw new DatabaseException(DatabaseException.Kind.OPEN, e, folder);
        }
        return database;
    }

    /** Where a damaged file was moved to, if it was: tell the user, so nothing seems to vanish. */
    public Optional<Path> movedAside() {
        return movedAside;
    }

    public Connection connection() {
        return connection;
    }

    public int schemaVersion() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.READ, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing the database failed", e);
        }
    }

    private void migrate(List<Migration> migrations) {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, description VARCHAR(200),"
                    + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.UPGRADE, e, 0);
        }
        int current = schemaVersion();
        for (Migration migration : migrations) {
            if (migration.version() <= current) {
                continue;
            }
            try {
                connection.setAutoCommit(false);
                try (Statement s = connection.createStatement()) {
                    for (String statement : migration.sql().split(";\\s*(\\n|$)")) {
                        if (!statement.isBlank()) {
                            s.execute(statement);
                        }
                    }
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description) VALUES (?, ?)")) {
                    p.setInt(1, migration.version());
                    p.setString(2, migration.description());
                    p.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the original failure is the one worth reporting
                }
                throw new DatabaseException(DatabaseException.Kind.UPGRADE, e, migration.version());
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is unusable anyway
                }
            }
        }
    }

    private static Connection connect(Path file) throws SQLException {
        // One owner, no server: a second process fails at once with DATABASE_ALREADY_OPEN_1.
        return DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    private static boolean isLocked(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only a file H2 says is damaged (or of a format it cannot read) is moved aside. A general error or an
     * I/O error at open time (a full disk, a permission problem) says nothing about the file, and moving a
     * good file aside would make the user's drafts seem to vanish.
     */
    static boolean isCorrupt(SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
            return true;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof MVStoreException store && (store.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT
                    || store.getErrorCode() == DataUtils.ERROR_UNSUPPORTED_FORMAT)) {
                return true;
            }
        }
        return false;
    }

    private static Path moveAside(Path file) {
        Path data = file.resolveSibling(file.getFileName() + ".mv.db");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + ".mv.db");
        try {
            Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.DAMAGED_NOT_MOVED, e, data);
        }
    }
}
