package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;

/**
 * The one JSON form of a review (DESIGN.md §3.4): {@code stage}, {@code date}, {@code actual} (a number or
 * null), {@code status} and {@code note}; and of the list of them, at most one per stage. Used by the result
 * file and the assessment store. Reading checks the rules a schema cannot: the statuses each stage allows,
 * real dates, a finite {@code actual} and one review per stage, each with its own message and pointer.
 */
public final class ReviewCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** Beyond this many decimal places a figure is not something a person typed: refuse it rather than print it. */
    private static final int MAX_DECIMALS = 100;

    private ReviewCodec() {
    }

    public static ObjectNode toJson(Review review) {
        ObjectNode node = NODES.objectNode();
        node.put("stage", review.stage().code());
        node.put("date", review.date().toString());
        if (review.actual().isPresent()) {
            node.put("actual", review.actual().get());
        } else {
            node.putNull("actual");
        }
        node.put("status", review.status().code());
        node.put("note", review.note());
        return node;
    }

    public static ArrayNode toJson(List<Review> reviews) {
        ArrayNode list = NODES.arrayNode();
        reviews.forEach(r -> list.add(toJson(r)));
        return list;
    }

    /** Reads a list of reviews; every problem goes to {@code problems} and the review it is in is left out. */
    public static List<Review> listFromJson(JsonNode node, String pointer, List<Problem> problems) {
        List<Review> reviews = new ArrayList<>();
        if (node == null || node.isNull()) {
            return reviews;
        }
        Map<ReviewStage, Integer> seen = new EnumMap<>(ReviewStage.class);
        for (int i = 0; i < node.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode item = node.get(i);
            Optional<ReviewStage> stage = ReviewStage.fromCode(item.path("stage").asText(null));
            if (stage.isPresent()) {
                Integer earlier = seen.putIfAbsent(stage.get(), i);
                if (earlier != null) {
                    problems.add(new Problem(at + "/stage", "there is already a " + stage.get().code()
                            + " review (at " + pointer + "/" + earlier + "); a result has at most one review per stage"));
                    continue;
                }
            }
            fromJson(item, at, problems).ifPresent(reviews::add);
        }
        return reviews;
    }

    /** Reads one review; empty, with the reasons in {@code problems}, when it breaks a rule. */
    public static Optional<Review> fromJson(JsonNode node, String pointer, List<Problem> problems) {
        int before = problems.size();
        Optional<ReviewStage> stage = ReviewStage.fromCode(node.path("stage").asText(null));
        if (stage.isEmpty()) {
            problems.add(new Problem(pointer + "/stage", "the stage must be one of " + codes(List.of(ReviewStage.values())
                    .stream().map(ReviewStage::code).toList()) + ": '" + node.path("stage").asText() + "'"));
        }
        Optional<ReviewStatus> status = ReviewStatus.fromCode(node.path("status").asText(null));
        if (status.isEmpty()) {
            problems.add(new Problem(pointer + "/status", "the status must be one of " + codes(List.of(
                    ReviewStatus.values()).stream().map(ReviewStatus::code).toList()) + ": '"
                    + node.path("status").asText() + "'"));
        } else if (stage.isPresent() && !stage.get().allows(status.get())) {
            problems.add(new Problem(pointer + "/status", "a " + stage.get().code() + " review's status is "
                    + codes(stage.get().statuses().stream().map(ReviewStatus::code).toList()) + ", not '"
                    + status.get().code() + "'"));
        }
        Optional<LocalDate> date = Dates.read(node.get("date"), pointer + "/date", problems);
        if (date.isEmpty() && problems.size() == before) {
            problems.add(new Problem(pointer + "/date", "a review needs the date it was held (YYYY-MM-DD)"));
        }
        Optional<BigDecimal> actual = actual(node.get("actual"), pointer + "/actual", problems);
        String note = node.path("note").isNull() ? "" : node.path("note").asText("");
        if (Review.noteTooLong(note)) {
            problems.add(new Problem(pointer + "/note", "the note must be " + String.format(java.util.Locale.UK, "%,d", Review.NOTE_LIMIT)
                    + " characters or fewer; it has " + String.format(java.util.Locale.UK, "%,d", note.codePointCount(0, note.length()))));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Review(stage.get(), date.get(), actual, status.get(), note));
    }

    private static Optional<BigDecimal> actual(JsonNode value, String pointer, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (Double.isFinite(number.doubleValue()) && number.stripTrailingZeros().scale() <= MAX_DECIMALS) {
                return Optional.of(number);
            }
        }
        problems.add(new Problem(pointer, "the actual figure must be a finite number, such as 1200 or 37.5, or null: "
                + abbreviated(value.toString())));
        return Optional.empty();
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String codes(List<String> codes) {
        List<String> quoted = codes.stream().map(c -> "'" + c + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                + quoted.get(quoted.size() - 1);
    }
}
