package uk.gov.gcs.digitalskills.io.json;

import static uk.gov.gcs.digitalskills.io.json.JsonSupport.strings;
import static uk.gov.gcs.digitalskills.io.json.JsonSupport.textOrNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.LearningResource;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Profile;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.Scale;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleQuestion;

/**
 * The questionnaire file (DESIGN.md §3.1) read from its JSON tree into the immutable core records, field by
 * field as the result file is ({@code ResultJson}): only ever after the schema check has passed, so the shapes
 * can be trusted. (Jackson's data binding would need a mirror of every record and costs about 40 ms of a cold
 * command's start to set up; see docs/benchmarks.md.) The
 * schemaVersion 2 fields are read only from version-2 files: in a version-1 file they are unknown fields
 * (tolerated when reading, as a newer minor version's would be) and keep their version-1 meaning.
 */
final class QuestionnaireJson {
    private QuestionnaireJson() {
    }

    static Questionnaire toDomain(JsonNode root) {
        int format = root.path("schemaVersion").asInt(1);
        List<Level> levels = new ArrayList<>();
        for (JsonNode level : root.path("levels")) {
            levels.add(level(level));
        }
        List<Area> areas = new ArrayList<>();
        for (JsonNode area : root.path("areas")) {
            areas.add(area(area, format >= 2));
        }
        return new Questionnaire(root.path("id").asText(), root.path("version").asText(),
                root.path("title").asText(), root.path("language").asText(), scale(root.path("scale")), levels,
                profile(root.path("profile")), areas, format);
    }

    /**
     * Misuses of the schemaVersion 2 fields, each with its own message and pointer, for a file that has passed
     * the schema check. They are checked here rather than in {@code QuestionnaireRules} because only the file
     * still says which fields were written: the core records hold the resolved values. Version-1 files have
     * none of these fields (the schema reports them as unknown), so nothing is checked for them.
     */
    static List<Problem> fieldProblems(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        if (root.path("schemaVersion").asInt(1) < 2) {
            return problems;
        }
        boolean scaleHasNotApplicable = root.path("scale").has("notApplicable");
        JsonNode areas = root.path("areas");
        for (int a = 0; a < areas.size(); a++) {
            JsonNode area = areas.get(a);
            String areaPath = "/areas/" + a;
            if (area.path("allowNotApplicable").asBoolean(false) && !scaleHasNotApplicable) {
                problems.add(new Problem(areaPath + "/allowNotApplicable", "area '" + area.path("id").asText()
                        + "' sets allowNotApplicable to true, but the scale has no notApplicable option;"
                        + " add scale.notApplicable or remove allowNotApplicable"));
            }
            JsonNode questions = area.path("questions");
            for (int i = 0; i < questions.size(); i++) {
                JsonNode question = questions.get(i);
                String path = areaPath + "/questions/" + i;
                String id = question.path("id").asText();
                boolean scale = "scale".equals(question.path("type").asText());
                if (scale && question.has("explanation")) {
                    problems.add(new Problem(path + "/explanation", "scale question '" + id + "' has an"
                            + " explanation, but explanations are only for choice and multi questions, which"
                            + " have a best answer to explain; remove it"));
                }
                if (scale && question.has("shuffle")) {
                    problems.add(new Problem(path + "/shuffle", "scale question '" + id + "' has shuffle, but"
                            + " only the options of choice and multi questions are shuffled; the scale keeps its"
                            + " order; remove it"));
                }
                if (question.path("allowNotApplicable").asBoolean(false)) {
                    if (!scale) {
                        problems.add(new Problem(path + "/allowNotApplicable", question.path("type").asText()
                                + " question '" + id + "' sets allowNotApplicable to true, but \"Not relevant"
                                + " to my role\" is only offered for scale questions; remove it"));
                    } else if (!scaleHasNotApplicable) {
                        problems.add(new Problem(path + "/allowNotApplicable", "scale question '" + id
                                + "' sets allowNotApplicable to true, but the scale has no notApplicable option;"
                                + " add scale.notApplicable or remove allowNotApplicable"));
                    }
                }
            }
        }
        return problems;
    }

    private static Scale scale(JsonNode node) {
        List<ScaleOption> options = new ArrayList<>();
        for (JsonNode option : node.path("options")) {
            options.add(new ScaleOption(option.path("value").intValue(), option.path("label").asText()));
        }
        return new Scale(options, Optional.ofNullable(textOrNull(node.path("notApplicable"), "label")));
    }

    private static Level level(JsonNode node) {
        return new Level(node.path("id").asText(), node.path("label").asText(),
                node.path("minPercent").decimalValue());
    }

    private static Profile profile(JsonNode node) {
        return new Profile(entries(node.path("roles")), entries(node.path("grades")),
                entries(node.path("organisations")));
    }

    private static List<ProfileEntry> entries(JsonNode array) {
        List<ProfileEntry> entries = new ArrayList<>();
        for (JsonNode entry : array) {
            entries.add(new ProfileEntry(entry.path("id").asText(), entry.path("label").asText()));
        }
        return entries;
    }

    private static Area area(JsonNode node, boolean version2) {
        // Defaults: an area allows "n/a" unless a version-2 file says otherwise.
        boolean allow = !version2 || node.path("allowNotApplicable").asBoolean(true);
        List<Question> questions = new ArrayList<>();
        for (JsonNode question : node.path("questions")) {
            questions.add(question(question, version2, allow));
        }
        Map<String, String> advice = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.path("advice").properties()) {
            advice.put(entry.getKey(), entry.getValue().asText());
        }
        List<LearningResource> learning = new ArrayList<>();
        for (JsonNode resource : node.path("learning")) {
            learning.add(new LearningResource(resource.path("title").asText(), resource.path("detail").asText()));
        }
        return new Area(node.path("id").asText(), node.path("title").asText(), node.path("summary").asText(),
                node.path("core").asBoolean(), strings(node.path("roles")), questions, advice, learning, allow);
    }

    private static Question question(JsonNode node, boolean version2, boolean areaAllowsNotApplicable) {
        String id = node.path("id").asText();
        String text = node.path("text").asText();
        Optional<String> hint = Optional.ofNullable(textOrNull(node, "hint"));
        BigDecimal weight = node.has("weight") ? node.get("weight").decimalValue() : BigDecimal.ONE;
        // The question's own value wins over its area's; version-1 files have neither.
        boolean allow = version2 ? node.path("allowNotApplicable").asBoolean(areaAllowsNotApplicable)
                : areaAllowsNotApplicable;
        Optional<String> why = version2 ? Optional.ofNullable(textOrNull(node, "explanation")) : Optional.empty();
        boolean shuffled = !version2 || node.path("shuffle").asBoolean(true);
        String type = node.path("type").asText();
        return switch (type) {
            case "scale" -> new ScaleQuestion(id, text, hint, weight, allow);
            case "choice" -> new ChoiceQuestion(id, text, hint, weight, choiceOptions(node.path("options")), why,
                    shuffled);
            case "multi" -> new MultiQuestion(id, text, hint, weight, multiOptions(node.path("options")), why,
                    shuffled);
            default -> throw new IllegalArgumentException("unknown question type " + type);
        };
    }

    private static List<ChoiceOption> choiceOptions(JsonNode array) {
        List<ChoiceOption> options = new ArrayList<>();
        for (JsonNode o : array) {
            options.add(new ChoiceOption(o.path("id").asText(), o.path("label").asText(), o.path("score").asInt(0)));
        }
        return options;
    }

    private static List<MultiOption> multiOptions(JsonNode array) {
        List<MultiOption> options = new ArrayList<>();
        for (JsonNode o : array) {
            options.add(new MultiOption(o.path("id").asText(), o.path("label").asText(),
                    o.path("correct").asBoolean(false)));
        }
        return options;
    }
}
