package uk.gov.gcs.digitalskills.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** The system's own words (paths, codes, other languages) never become the reason people read. */
class PlainReasonsTest {
    @Test
    void eachKnownFailureHasItsWordsAndTheRestAPlainDefault() {
        assertThat(PlainReasons.of(new AccessDeniedException("/secret/x.json"))).isEqualTo(
                "you do not have permission to read it");
        assertThat(PlainReasons.of(new UncheckedIOException(new NotDirectoryException("/a")))).isEqualTo(
                "it is not a folder");
        assertThat(PlainReasons.of(new IOException("Eingabe-/Ausgabefehler (errno 5)")))
                .isEqualTo("the system could not read it");
    }
}
