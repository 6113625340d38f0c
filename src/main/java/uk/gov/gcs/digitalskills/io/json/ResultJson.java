package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
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
                new Respondent(text(respondent, "name"), text(respondent, "role"), text(respondent, "grade"),
                        text(respondent, "organisation")),
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
            return Optional.of(OffsetDateTime.parse(value.asText()));
        } catch (DateTimeParseException e) {
            problems.add(new Problem("/" + field, "not an ISO-8601 date and time with offset, such as "
                    + "2026-11-21T10:15:30Z: '" + value.asText() + "'"));
            return Optional.empty();
        }
    }

    private static Optional<DigitalObjective> objective(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(ObjectiveCodec.fromJson(node, "/objective", problems));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String pointerEscape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
