package uk.gov.gcs.digitalskills.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, as {@link Clock#systemDefaultZone()}, except that the zone is
 * looked up on first use rather than when the clock is made. The first lookup of a zone loads the JDK's
 * zone-rules providers, and looking for them opens every jar on the class path; the first window needs no
 * zone, so that now happens after it (the first date shown, or loading in the background).
 */
final class DefaultZoneClock extends Clock {
    private volatile ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId found = zone;
        if (found == null) {
            found = ZoneId.systemDefault();
            zone = found;
        }
        return found;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
