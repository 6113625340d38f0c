package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.Problem;

/** A calendar date as the public formats write it: YYYY-MM-DD, and a real day (2027-02-30 is not). */
final class Dates {
    private Dates() {
    }

    /** The date, empty when null or absent; one that is not a real date is added to {@code problems}. */
    static Optional<LocalDate> read(JsonNode value, String pointer, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.asText()));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(pointer, "not a real date written as YYYY-MM-DD: '" + value.asText() + "'"));
            return Optional.empty();
        }
    }
}
