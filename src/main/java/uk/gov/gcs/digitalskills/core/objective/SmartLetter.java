package uk.gov.gcs.digitalskills.core.objective;

/** The five tests of a SMART objective, in the order they are shown. */
public enum SmartLetter {
    SPECIFIC, MEASURABLE, ACHIEVABLE, RELEVANT, TIME_BOUND
}
