package uk.gov.gcs.digitalskills.core.insights;

/** How many results in a group had this year-end status. */
public record YearEndCount(YearEndStatus status, Count count) {
}
