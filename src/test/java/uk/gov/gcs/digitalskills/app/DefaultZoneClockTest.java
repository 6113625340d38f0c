package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DefaultZoneClockTest {
    private final DefaultZoneClock clock = new DefaultZoneClock();

    @Test
    void isTheSystemClockInTheDefaultZone() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Math.abs(clock.millis() - System.currentTimeMillis())).isLessThan(5_000);
    }

    @Test
    void inAnotherZoneIsTheSystemClockThere() {
        assertThat(clock.withZone(ZoneOffset.UTC)).isEqualTo(Clock.systemUTC());
    }
}
