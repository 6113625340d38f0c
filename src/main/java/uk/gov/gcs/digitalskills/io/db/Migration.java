package uk.gov.gcs.digitalskills.io.db;

/** One step of a database's schema history: version n takes the schema from n-1 to n. */
public record Migration(int version, String description, String sql) {
}
