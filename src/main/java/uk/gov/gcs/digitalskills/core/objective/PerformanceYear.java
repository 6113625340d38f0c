package uk.gov.gcs.digitalskills.core.objective;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;

/**
 * The civil service performance year, 1 April to 31 March. An objective's deadline defaults to the end of
 * the year that contains today and may reach no later than the end of the year after it.
 */
public record PerformanceYear(LocalDate start, LocalDate end) {
    public PerformanceYear {
        if (start.getMonth() != Month.APRIL || start.getDayOfMonth() != 1 || !end.equals(start.plusYears(1).minusDays(1))) {
            throw new IllegalArgumentException("a performance year runs from 1 April to 31 March: " + start + " to " + end);
        }
    }

    /** The performance year that contains the day: until 31 March it ends that 31 March; from 1 April, the next. */
    public static PerformanceYear containing(LocalDate day) {
        int startYear = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
        LocalDate start = LocalDate.of(startYear, Month.APRIL, 1);
        return new PerformanceYear(start, start.plusYears(1).minusDays(1));
    }

    public static PerformanceYear current(Clock clock) {
        return containing(LocalDate.now(clock));
    }

    /** The default deadline of an objective set on this day: the end of the current performance year. */
    public static LocalDate defaultDeadline(LocalDate today) {
        return containing(today).end();
    }

    public PerformanceYear next() {
        return new PerformanceYear(start.plusYears(1), end.plusYears(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
