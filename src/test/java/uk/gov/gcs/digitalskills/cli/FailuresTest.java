package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

/** The command line's own English for every io reason, and never the system's or H2's text. */
class FailuresTest {
    private static final Path TARGET = Path.of("/work/out/report.pdf");
    private static final SQLException RAW = new SQLException("General error: \"java.lang.IllegalStateException\" [50000-224]");

    @ParameterizedTest
    @EnumSource(WriteFailedException.Reason.class)
    void eachWriteReason(WriteFailedException.Reason reason) {
        String expected = switch (reason) {
            case ACCESS_DENIED -> "report.pdf could not be saved because you cannot write to /work/out. Choose"
                    + " another folder.";
            case DISK_FULL -> "report.pdf could not be saved because the disk is full. Free some space or choose"
                    + " another folder.";
            case IN_USE -> "report.pdf is open in another program. Close it there and try again.";
            case OTHER -> "report.pdf could not be saved in /work/out. Try again, or choose another folder.";
        };
        assertThat(Failures.describe(new WriteFailedException(TARGET, reason, RAW))).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(ManagerResponseReader.Failure.class)
    void eachReasonAReturnedPdfGaveNoResponseNamesTheFileAndNotTheIoText(ManagerResponseReader.Failure failure) {
        java.util.UUID id = java.util.UUID.fromString("3f1c2a9e-7b4d-4c1e-9a55-0d2e6b8f4a10");
        String described = Failures.describe(new ManagerResponseReader.UnreadableException(Path.of("back.pdf"),
                failure, java.util.Optional.of(id), "the io layer's own words", null));
        assertThat(described).startsWith("back.pdf").doesNotContain("the io layer's own words").endsWith(".");
        if (failure == ManagerResponseReader.Failure.UNKNOWN_ASSESSMENT) {
            assertThat(described).contains(id.toString(), "--data-dir");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseException.Kind.class)
    void eachDatabaseKind(DatabaseException.Kind kind) {
        String expected = switch (kind) {
            case FOLDER_NOT_CREATED -> "The data folder /data cannot be created. Check that you can write there,"
                    + " or choose another with --data-dir.";
            case ALREADY_OPEN -> "Digital Skills Assessment is already open. Close it and try again.";
            case OPEN -> "The saved data in /data could not be opened. Try again; if it keeps happening, ask for"
                    + " help.";
            case UPGRADE -> "The saved data could not be upgraded to this version (step 3). Nothing was changed."
                    + " Ask for help.";
            case READ -> "The saved data could not be read. Try again; if it keeps happening, ask for help.";
            case WRITE -> "The change could not be saved. Try again; if it keeps happening, ask for help.";
            case NOT_FOUND -> "The assessment /data is not saved on this computer.";
            case DAMAGED_NOT_MOVED -> "The saved data is damaged and could not be moved aside. Move /data somewhere"
                    + " safe and try again.";
        };
        Object arg = kind == DatabaseException.Kind.UPGRADE ? 3 : "/data";
        assertThat(Failures.describe(new DatabaseException(kind, RAW, arg))).isEqualTo(expected)
                .doesNotContain("50000").doesNotContain("General error");
    }
}
