package uk.gov.gcs.digitalskills.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;

/** A data folder made from scratch, or left loose by an older version, ends up the owner's alone. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(PrivateFiles.posix(), "owner-only permissions are POSIX (Linux and macOS)");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewDataFolderAndItsDatabasesAreOwnerOnly() throws Exception {
        Path data = dir.resolve("new").resolve("digital-skills");
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(data), Clock.systemUTC());
             InsightsStore insights = InsightsStore.open(new DataFolder(data))) {
            assertThat(mode(data)).isEqualTo("rwx------");
            try (var files = Files.list(data)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(file ->
                        assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void aLooseFolderFromBeforeIsTightenedOnOpen() throws Exception {
        Path data = Files.createDirectories(dir.resolve("old"));
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(data), Clock.systemUTC())) {
            // made by an older version
        }
        // As a permissive umask (or an older version) would have left them.
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path db = data.resolve("assessments.mv.db");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-rw-"));

        try (AssessmentStore store = AssessmentStore.open(new DataFolder(data), Clock.systemUTC())) {
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(db)).isEqualTo("rw-------");
        }
    }

    @Test
    void theLogFolderAndLogFilesAreOwnerOnly() throws Exception {
        Path data = dir.resolve("logged");
        try {
            LogFile.configure(new DataFolder(data));
            Logger.getLogger("privacy-test").info("a line");
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(data.resolve("logs"))).isEqualTo("rwx------");
            assertThat(mode(LogFile.file(new DataFolder(data)))).isEqualTo("rw-------");
        } finally {
            // Back to the JDK's default logging, so later tests in this JVM log as usual.
            java.util.logging.LogManager.getLogManager().readConfiguration();
        }
    }

    @Test
    void onlyTheLastFolderIsRestrictedNotItsParents() throws Exception {
        Path parent = dir.resolve("parent");
        PrivateFiles.folder(parent.resolve("data"));
        assertThat(mode(parent)).isNotEqualTo("rwx------");
        assertThat(mode(parent.resolve("data"))).isEqualTo("rwx------");
    }
}
