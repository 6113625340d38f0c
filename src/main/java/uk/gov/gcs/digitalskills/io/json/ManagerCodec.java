package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;

/**
 * The one JSON form of the line manager's response (DESIGN.md §3.4): {@code name}, {@code date}
 * (YYYY-MM-DD or null), {@code agreed} (true, false or null) and {@code comments}. Used by the result file
 * and the assessment store.
 */
public final class ManagerCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ManagerCodec() {
    }

    public static ObjectNode toJson(ManagerResponse response) {
        ObjectNode node = NODES.objectNode();
        node.put("name", response.name());
        node.put("date", response.date().map(LocalDate::toString).orElse(null));
        if (response.agreed().isPresent()) {
            node.put("agreed", response.agreed().get());
        } else {
            node.putNull("agreed");
        }
        node.put("comments", response.comments());
        return node;
    }

    /** Reads a response; a date that is not a real date goes to {@code problems} and is read as none. */
    public static ManagerResponse fromJson(JsonNode node, String pointer, List<Problem> problems) {
        Optional<LocalDate> date = Dates.read(node.get("date"), pointer + "/date", problems);
        JsonNode agreed = node.get("agreed");
        return new ManagerResponse(text(node, "name"), date,
                agreed == null || !agreed.isBoolean() ? Optional.empty() : Optional.of(agreed.booleanValue()),
                text(node, "comments"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
