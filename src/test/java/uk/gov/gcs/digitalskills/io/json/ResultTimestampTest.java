package uk.gov.gcs.digitalskills.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The result file's timestamps read exactly as {@link OffsetDateTime#parse} reads them, fast path or not. */
class ResultTimestampTest {

    @Test
    void readsWhatOffsetDateTimeParseReads() {
        for (String text : List.of("2026-07-05T21:45Z", "2026-07-05T21:45:07Z", "2026-07-05T21:45:07.5Z",
                "2026-07-05T21:45:07.123456789Z", "2026-11-21T10:15:30+01:00", "2026-11-21T10:15:30-05:30",
                "2026-11-21T10:15-00:00", "2024-02-29T00:00Z", "0001-01-01T00:00Z", "9999-12-31T23:59:59.999Z",
                "2026-07-05t21:45z", "2026-07-05T21:45:07+18:00", "2026-07-05T21:45:07+01:00:30",
                "+12026-07-05T21:45Z", "2026-07-05T21:45:07.Z")) {
            assertSameAsParse(text);
        }
    }

    @Test
    void refusesWhatOffsetDateTimeParseRefuses() {
        for (String text : List.of("", "2026-07-05", "2026-07-05T21:45", "2026-07-05 21:45Z", "2026-13-05T21:45Z",
                "2026-00-05T21:45Z", "2026-02-29T21:45Z", "2026-04-31T21:45Z", "2026-07-05T24:00Z",
                "2026-07-05T21:60Z", "2026-07-05T21:45:60Z", "2026-07-05T21:45+19:00", "2026-07-05T21:45+01:60",
                "2026-07-05T21:45:07.1234567891Z", "2026-7-5T21:45Z", "2026-07-05T21:45:07.12aZ", "2026-07-05T21:45Zx",
                "2026-07-05T21:45+0100", "2026-07-05T21:45:0Z", "２０２６-07-05T21:45Z")) {
            assertSameAsParse(text);
        }
    }

    @Test
    void agreesOnRandomTimestamps() {
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            text.append(String.format("%04d-%02d-%02dT%02d:%02d", random.nextInt(3000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62)));
            if (random.nextBoolean()) {
                text.append(String.format(":%02d", random.nextInt(62)));
                if (random.nextBoolean()) {
                    text.append('.').append(String.format("%09d", random.nextInt(1_000_000_000)), 0, 1 + random.nextInt(9));
                }
            }
            switch (random.nextInt(3)) {
                case 0 -> text.append('Z');
                case 1 -> text.append(String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-",
                        random.nextInt(20), random.nextInt(62)));
                default -> text.append("");
            }
            assertSameAsParse(text.toString());
        }
    }

    private static void assertSameAsParse(String text) {
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> ResultJson.parseTimestamp(text)).as(text)
                    .isInstanceOf(DateTimeParseException.class).hasMessage(e.getMessage());
            return;
        }
        assertThat(ResultJson.parseTimestamp(text)).as(text).isEqualTo(expected);
        assertThat(ResultJson.parseTimestamp(text).getOffset()).as(text).isEqualTo(expected.getOffset());
    }
}
