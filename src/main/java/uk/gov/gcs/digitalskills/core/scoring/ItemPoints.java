package uk.gov.gcs.digitalskills.core.scoring;

/** Unweighted points and maximum of one answered item (DESIGN.md §3.2), from {@link Scorer#points}. */
public record ItemPoints(int points, int max) {
}
