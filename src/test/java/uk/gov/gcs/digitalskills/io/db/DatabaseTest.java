package uk.gov.gcs.digitalskills.io.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;

/** Which open failures mean "this file is damaged, move it aside", and which do not. */
class DatabaseTest {
    private static SQLException h2(int code, Throwable cause) {
        return new SQLException("reason", "state", code, cause);
    }

    @Test
    void aCorruptOrUnreadableFileIsDamaged() {
        assertThat(Database.isCorrupt(h2(ErrorCode.FILE_CORRUPTED_1, null))).isTrue();
        assertThat(Database.isCorrupt(h2(ErrorCode.FILE_VERSION_ERROR_1, null))).isTrue();
    }

    @Test
    void aGeneralErrorIsNotTakenForDamage() {
        assertThat(Database.isCorrupt(h2(ErrorCode.GENERAL_ERROR_1, new IllegalStateException("out of memory"))))
                .isFalse();
        assertThat(Database.isCorrupt(h2(ErrorCode.IO_EXCEPTION_2, null))).as("a full disk or a permission").isFalse();
    }

    @Test
    void aGeneralErrorWhoseCauseIsACorruptStoreIsDamage() {
        assertThat(Database.isCorrupt(h2(ErrorCode.GENERAL_ERROR_1,
                DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "Store header is corrupt")))).isTrue();
        assertThat(Database.isCorrupt(h2(ErrorCode.GENERAL_ERROR_1,
                DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "write failed")))).isFalse();
    }
}
