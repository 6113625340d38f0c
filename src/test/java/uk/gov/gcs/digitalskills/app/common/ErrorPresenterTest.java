package uk.gov.gcs.digitalskills.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.db.AlreadyOpenException;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

/** Every reason the io layer gives, worded from the bundle; the system's own text only in the details. */
class ErrorPresenterTest {
    private static final Path TARGET = Path.of("/home/sam/Documents/report.pdf");
    private static final Path LOG = Path.of("/home/sam/.digital-skills/logs/digital-skills-0.log");
    /** What H2 says, which must never reach a user. */
    private static final SQLException RAW = new SQLException("Table \"ANSWER\" not found [42102-224]");

    private final ErrorPresenter presenter = new ErrorPresenter(Messages.english(), () -> Optional.of(LOG));

    private String sentence(Throwable error) {
        return presenter.present(error, "common.saveFailed").sentence();
    }

    @ParameterizedTest
    @EnumSource(WriteFailedException.Reason.class)
    void eachWriteReasonHasItsSentence(WriteFailedException.Reason reason) {
        String expected = switch (reason) {
            case ACCESS_DENIED -> "report.pdf could not be saved because you cannot write to /home/sam/Documents."
                    + " Choose another folder.";
            case DISK_FULL -> "report.pdf could not be saved because the disk is full. Free some space or choose"
                    + " another folder.";
            case IN_USE -> "report.pdf is open in another program. Close it there and try again.";
            case OTHER -> "report.pdf could not be saved in /home/sam/Documents. Try again, or choose another"
                    + " folder.";
        };
        assertThat(sentence(new WriteFailedException(TARGET, reason, new AccessDeniedException("raw OS text"))))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(ManagerResponseReader.Failure.class)
    void eachReasonAReturnedPdfGaveNoResponseHasItsSentence(ManagerResponseReader.Failure failure) {
        String expected = switch (failure) {
            case NOT_AN_APPRAISAL -> "This is not an appraisal PDF from Digital Skills Assessment. If your manager"
                    + " printed it or saved a copy, ask them to fill in the PDF you sent them and send that file back.";
            case DAMAGED -> "This PDF is damaged, so your manager\u2019s response cannot be read. Ask your manager to"
                    + " send it again.";
            case ENCRYPTED -> "This PDF is protected with a password, so your manager\u2019s response cannot be read."
                    + " Ask your manager to send it without a password.";
            case FLATTENED -> "The form in this PDF was flattened or printed, so there are no fields left to read. Ask"
                    + " your manager to fill in the PDF you sent them and send that file back.";
            case EMPTY -> "Your manager has not filled in their part of this PDF yet.";
            case UNKNOWN_ASSESSMENT -> "This PDF is for an assessment that is not saved on this computer.";
        };
        assertThat(sentence(new ManagerResponseReader.UnreadableException(TARGET, failure, Optional.empty(),
                "the io layer's own words", null))).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(DatabaseException.Kind.class)
    void eachDatabaseKindHasItsSentenceAndNoneRepeatsH2(DatabaseException.Kind kind) {
        String expected = switch (kind) {
            case FOLDER_NOT_CREATED -> "The data folder /data cannot be created. Check that you can save files"
                    + " there, then open the app again.";
            case ALREADY_OPEN -> "Digital Skills Assessment is already open. Switch to the open window, or close it"
                    + " and try again.";
            case OPEN -> "Your saved assessments could not be opened. Close the app and open it again; if that does"
                    + " not help, ask for help.";
            case UPGRADE -> "Your saved assessments could not be updated for this version of the app. Nothing was"
                    + " changed. Ask for help.";
            case READ -> "Your saved assessments could not be read. Close the app and open it again.";
            case WRITE -> "Your last change could not be saved. Close the app and open it again; your earlier"
                    + " answers are kept.";
            case NOT_FOUND -> "This assessment is no longer saved on this computer.";
            case DAMAGED_NOT_MOVED -> "Your saved assessments are damaged and could not be moved out of the way."
                    + " Move /data somewhere safe and open the app again.";
        };
        String shown = sentence(new DatabaseException(kind, RAW, "/data"));
        assertThat(shown).isEqualTo(expected).doesNotContain("42102").doesNotContain("ANSWER");
    }

    @Test
    void theAlreadyOpenSubclassIsWordedAsItsKind() {
        assertThat(sentence(new AlreadyOpenException(RAW))).startsWith("Digital Skills Assessment is already open.");
    }

    @Test
    void aReasonDeeperInTheCauseChainIsStillFound() {
        WriteFailedException write = new WriteFailedException(TARGET, WriteFailedException.Reason.DISK_FULL, null);
        assertThat(sentence(new UncheckedIOException(write))).contains("the disk is full");
    }

    @Test
    void anythingWithoutAReasonGetsTheScreensOwnSentenceWithItsArguments() {
        assertThat(sentence(new IllegalStateException("NullPointer in Foo.bar"))).isEqualTo(
                "Your last answer could not be saved. Close the app and open it again; your earlier answers are kept.");
        assertThat(presenter.present(new UnsupportedOperationException("no desktop"), "export.error.open", "/tmp")
                .sentence()).isEqualTo("The file could not be opened from here. You can find it in /tmp.");
    }

    @Test
    void detailsHaveTheWholeCauseChainAndTheLogFile() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String details = presenter.present(new DatabaseException(DatabaseException.Kind.NOT_FOUND, RAW, id),
                "common.saveFailed").details();
        assertThat(details).contains("DatabaseException: NOT_FOUND [" + id + "]")
                .contains("Caused by: java.sql.SQLException: Table \"ANSWER\" not found [42102-224]")
                .endsWith("Log file: " + LOG);
        assertThat(new ErrorPresenter(Messages.english()).present(RAW, "common.saveFailed").details())
                .endsWith("No log file was written.");
    }

    @Test
    void presentingLogsTheFailureOnceWithTheSentenceShown() {
        Logger logger = Logger.getLogger(ErrorPresenter.class.getName());
        Set<LogRecord> records = new java.util.LinkedHashSet<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            WriteFailedException failure = new WriteFailedException(TARGET, WriteFailedException.Reason.IN_USE, RAW);
            presenter.present(failure, "common.saveFailed");
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.getThrown()).isSameAs(failure);
                assertThat(r.getMessage()).contains("report.pdf is open in another program");
            });
        } finally {
            logger.removeHandler(handler);
        }
    }
}
