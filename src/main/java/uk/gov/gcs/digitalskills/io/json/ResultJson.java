package uk.gov.gcs.digitalskills.io.json;

import static uk.gov.gcs.digitalskills.io.json.JsonSupport.textOrNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.io.BadFileException;

/**
 * Reads and writes result files ({@code *.dsa.json}, DESIGN.md §3.4). Reads formatVersion 1 and 2; writes 2,
 * with {@code manager} and {@code reviews} when the assessment has them. Writing is canonical: the same
 * assessment always gives the same bytes, which is what the PDF embeds.
 */
public final class ResultJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** What this app writes; it reads 1 and 2 (DESIGN.md §3.4). */
    public static final int FORMAT_VERSION = 2;

    private ResultJson() {
    }

    /** Converts a result tree that has passed the schema check; answers are checked against shape only. */
    public static AssessmentRecord toDomain(JsonNode root, String file) throws BadFileException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("answers").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            Answer answer = AnswerCodec.fromJson(entry.getValue()).orElse(null);
            if (answer == null) {
                problems.add(new Problem("/answers/" + pointerEscape(entry.getKey()), "question '" + entry.getKey()
                        + "': the answer must be a whole number, an option id, a list of option ids or \"n/a\""));
            } else {
                answers.put(entry.getKey(), answer);
            }
        }
        Optional<OffsetDateTime> startedAt = timestamp(root, "startedAt", problems);
        Optional<OffsetDateTime> completedAt = timestamp(root, "completedAt", problems);
        Optional<DigitalObjective> objective = objective(root.get("objective"), problems);
        // Version 1 had no manager's response or reviews: such fields in a version 1 file mean nothing.
        boolean version2 = root.path("formatVersion").asInt(1) >= 2;
        JsonNode managerNode = version2 ? root.get("manager") : null;
        Optional<ManagerResponse> manager = managerNode == null || managerNode.isNull() ? Optional.empty()
                : Optional.of(ManagerCodec.fromJson(managerNode, "/manager", problems));
        List<Review> reviews = version2 ? ReviewCodec.listFromJson(root.get("reviews"), "/reviews", problems)
                : List.of();
        if (!problems.isEmpty()) {
            throw new BadFileException(file, problems);
        }
        JsonNode respondent = root.path("respondent");
        Map<String, String> evidence = new LinkedHashMap<>();
        root.path("evidence").fields().forEachRemaining(e -> evidence.put(e.getKey(), e.getValue().asText()));
        return new AssessmentRecord(UUID.fromString(root.get("assessmentId").asText()),
                new QuestionnaireRef(root.path("questionnaire").path("id").asText(),
                        root.path("questionnaire").path("version").asText()),
                new Respondent(textOrNull(respondent, "name"), textOrNull(respondent, "role"),
                        textOrNull(respondent, "grade"), textOrNull(respondent, "organisation")),
                startedAt, completedAt, answers, evidence, objective, manager, reviews);
    }

    /** The result file's JSON; {@code scores} is included for readers' convenience when given. */
    public static ObjectNode toJson(AssessmentRecord record, ScoreReport scores) {
        ObjectNode root = NODES.objectNode();
        root.put("format", "gcs-digital-skills-result");
        root.put("formatVersion", FORMAT_VERSION);
        root.put("assessmentId", record.assessmentId().toString());
        ObjectNode questionnaire = root.putObject("questionnaire");
        questionnaire.put("id", record.questionnaire().id());
        questionnaire.put("version", record.questionnaire().version());
        ObjectNode respondent = root.putObject("respondent");
        respondent.put("name", record.respondent().name());
        respondent.put("role", record.respondent().role());
        respondent.put("grade", record.respondent().grade());
        respondent.put("organisation", record.respondent().organisation());
        root.put("startedAt", record.startedAt().map(OffsetDateTime::toString).orElse(null));
        root.put("completedAt", record.completedAt().map(OffsetDateTime::toString).orElse(null));
        ObjectNode answers = root.putObject("answers");
        record.answers().forEach((id, answer) -> answers.set(id, AnswerCodec.toJson(answer)));
        ObjectNode evidence = root.putObject("evidence");
        record.evidence().forEach(evidence::put);
        if (scores != null) {
            root.set("scores", ScoreJson.toJson(scores));
        }
        record.objective().ifPresent(o -> root.set("objective", ObjectiveCodec.toJson(o)));
        record.manager().ifPresent(m -> root.set("manager", ManagerCodec.toJson(m)));
        if (!record.reviews().isEmpty()) {
            root.set("reviews", ReviewCodec.toJson(record.reviews()));
        }
        return root;
    }

    public static byte[] toBytes(AssessmentRecord record, ScoreReport scores) {
        return JsonSupport.write(toJson(record, scores));
    }

    private static Optional<OffsetDateTime> timestamp(JsonNode root, String field, List<Problem> problems) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parseTimestamp(value.asText()));
        } catch (DateTimeParseException e) {
            problems.add(new Problem("/" + field, "not an ISO-8601 date and time with offset, such as "
                    + "2026-11-21T10:15:30Z: '" + value.asText() + "'"));
            return Optional.empty();
        }
    }

    /**
     * {@link OffsetDateTime#parse} of an ISO-8601 date and time with offset. The form this app writes
     * ({@code 2026-07-05T21:45Z}, with seconds, a fraction or an offset such as {@code +01:00}) is read
     * directly, as an import reads thousands; anything else, and anything out of range, goes to
     * {@code OffsetDateTime.parse}, which decides (and throws) as before.
     */
    static OffsetDateTime parseTimestamp(String text) {
        OffsetDateTime quick = quickTimestamp(text);
        return quick != null ? quick : OffsetDateTime.parse(text);
    }

    private static OffsetDateTime quickTimestamp(String t) {
        int n = t.length();
        if (n < 17 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int i = 16;
        int second = 0;
        int nano = 0;
        if (i < n && t.charAt(i) == ':') {
            second = digits(t, i + 1, 2);
            i += 3;
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(t.charAt(i))) {
                    nano = nano * 10 + (t.charAt(i) - '0');
                    i++;
                }
                if (i == start) {
                    return null;
                }
                for (int k = i - start; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && t.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
            int hours = digits(t, i + 1, 2);
            int minutes = digits(t, i + 4, 2);
            if (hours < 0 || minutes < 0 || hours > 17 || minutes > 59) {
                return null;
            }
            int sign = t.charAt(i) == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } else {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    }

    /** The non-negative number written with {@code count} digits at {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        if (from + count > t.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<DigitalObjective> objective(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(ObjectiveCodec.fromJson(node, "/objective", problems));
    }

    static String pointerEscape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
