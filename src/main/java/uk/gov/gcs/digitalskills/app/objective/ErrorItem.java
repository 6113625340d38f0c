package uk.gov.gcs.digitalskills.app.objective;

import java.util.Optional;

/** A line of the error summary; when it is about a field, choosing it moves focus there. */
public record ErrorItem(Optional<String> fieldId, String text) {
}
