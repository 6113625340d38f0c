package uk.gov.gcs.digitalskills.core.year;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The line manager's part of the appraisal PDF, as they filled it in: their name, the date they gave,
 * whether they agreed the objective ({@code agreed} is empty when they ticked neither box) and their
 * comments (line breaks kept). Text is never null: a field left blank is "".
 */
public record ManagerResponse(String name, Optional<LocalDate> date, Optional<Boolean> agreed, String comments) {
    public ManagerResponse {
        name = name == null ? "" : name;
        date = date == null ? Optional.empty() : date;
        agreed = agreed == null ? Optional.empty() : agreed;
        comments = comments == null ? "" : comments;
    }

    /** Whether the manager filled in nothing at all: such a response is not worth keeping. */
    public boolean isEmpty() {
        return name.isBlank() && date.isEmpty() && agreed.isEmpty() && comments.isBlank();
    }
}
