package uk.gov.gcs.digitalskills.core.objective;

/**
 * What a SMART check finding is about. The app turns each code (with the field and arguments of its
 * {@link Finding}) into a sentence that says what to do; the core never words them.
 */
public enum CheckCode {
    /** A required field is empty. */
    EMPTY,
    /** A number or percent field holds text that is not a number. Args: the text. */
    NOT_A_NUMBER,
    /** A number or percent field is below zero. */
    NEGATIVE_NUMBER,
    /** A date field holds text that is not a date. Args: the text. */
    NOT_A_DATE,
    /** A date is today or earlier. Args: today. */
    DATE_NOT_AFTER_TODAY,
    /** A date is after the end of the next performance year. Args: that last allowed day. */
    DATE_TOO_LATE,
    /** A choice field holds something that is not one of its options. Args: the text. */
    NOT_AN_OPTION,
    /** "No baseline yet" is ticked but no date to measure one by is given. */
    MEASURE_BY_EMPTY,
    /** The date to measure the baseline by is not a date. Args: the text. */
    MEASURE_BY_NOT_A_DATE,
    /** The date to measure the baseline by is before today. Args: today. */
    MEASURE_BY_IN_PAST,
    /** The date to measure the baseline by is after the deadline. Args: the deadline. */
    MEASURE_BY_AFTER_DEADLINE,
    /** The target equals the baseline, so there is no change to measure. Args: the number. */
    TARGET_SAME_AS_BASELINE,
    /** Baseline and target are needed as numbers before "achievable" can be judged. */
    ACHIEVABLE_NEEDS_NUMBERS,
    /** The target is more than three times the baseline and is not confirmed. Args: baseline, target. */
    STRETCH_UNCONFIRMED,
    /** A percent target above 100 is not confirmed. Args: target. */
    PERCENT_OVER_100_UNCONFIRMED,
    /** A stretching target is confirmed but no reason is given. */
    REASON_EMPTY
}
