package uk.gov.gcs.digitalskills.core.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerformanceYearTest {

    @ParameterizedTest(name = "set on {0}, due by {1}")
    @CsvSource({
        "2026-01-15, 2026-03-31",
        "2026-03-30, 2026-03-31",
        "2026-03-31, 2026-03-31",
        "2026-04-01, 2027-03-31",
        "2026-04-02, 2027-03-31",
        "2026-12-31, 2027-03-31",
        "2027-02-28, 2027-03-31",
        "2028-02-29, 2028-03-31",
    })
    void theDefaultDeadlineIsTheNext31MarchOnOrAfterToday(LocalDate today, LocalDate deadline) {
        assertThat(PerformanceYear.defaultDeadline(today)).isEqualTo(deadline);
    }

    @Test
    void aYearRunsFrom1AprilTo31March() {
        PerformanceYear year = PerformanceYear.containing(LocalDate.of(2026, 11, 5));
        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(year.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(year.contains(LocalDate.of(2026, 3, 31))).isFalse();
    }

    @Test
    void theNextYearFollowsOn() {
        PerformanceYear next = PerformanceYear.containing(LocalDate.of(2026, 3, 31)).next();
        assertThat(next).isEqualTo(new PerformanceYear(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void theClockDecidesToday() {
        Clock lastDay = Clock.fixed(Instant.parse("2026-03-31T22:30:00Z"), ZoneId.of("Europe/London"));
        // 22:30 UTC on 31 March is 23:30 BST: still 31 March in London.
        assertThat(PerformanceYear.current(lastDay).end()).isEqualTo(LocalDate.of(2026, 3, 31));
        Clock firstDay = Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneId.of("Europe/London"));
        assertThat(PerformanceYear.current(firstDay).end()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void onlyApril1ToMarch31IsAPerformanceYear() {
        assertThatThrownBy(() -> new PerformanceYear(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLatestDeadlineIsTheEndOfTheFollowingYear() {
        assertThat(SmartCheck.latestDeadline(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(SmartCheck.latestDeadline(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2028, 3, 31));
    }
}
