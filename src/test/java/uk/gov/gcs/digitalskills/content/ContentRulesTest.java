package uk.gov.gcs.digitalskills.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Editorial rules for the shipped content (issue 3, point 5): the GCS questionnaire and its objectives toolkit.
 *
 * <p>These rules go beyond the JSON Schema and the {@code validate} command: they hold the published GCS content to
 * the counts, id conventions and plain-English limits agreed for it. A department's own questionnaire does not have
 * to meet them. Every failure message names the offending area, question, template or field id.
 *
 * <p>The files are read as JSON trees from {@code questionnaires/}, relative to the project root (the working
 * directory under Maven), so the test depends on nothing but the content itself.
 */
@DisplayName("Content rules for the GCS questionnaire and objectives toolkit")
class ContentRulesTest {

    private static final Path QUESTIONNAIRE_FILE = Path.of("questionnaires", "gcs-digital-skills.json");
    private static final Path TOOLKIT_FILE = Path.of("questionnaires", "gcs-digital-objectives.json");

    private static final String QUESTIONNAIRE_ID = "gcs-digital-skills";
    private static final List<String> LEVELS = List.of("awareness", "working", "practitioner", "expert");
    private static final List<Integer> LEVEL_MIN_PERCENTS = List.of(0, 40, 65, 85);

    private static final List<String> CORE_AREAS = List.of("planning", "objective-setting", "measurement-insight");
    private static final String ENGAGING_ONLINE = "engaging-online";
    /** Role module area id to the one role that sees it, in questionnaire order. */
    private static final Map<String, String> ROLE_MODULES = orderedMap(
            "press-office", "press-office",
            "marketing-campaigns", "marketing-campaigns",
            "internal-communication", "internal-communication",
            "policy-engagement", "policy-official");

    private static final List<String> ROLES = List.of("strategic-communication", "press-office",
            "marketing-campaigns", "internal-communication", "external-affairs", "digital-content",
            "policy-official", "other");
    private static final List<String> GRADES = List.of("aa", "ao", "eo", "heo", "seo", "grade-7", "grade-6",
            "scs1", "scs2", "scs3", "other");

    private static final int CORE_MIN_QUESTIONS = 10;
    private static final int CORE_MAX_QUESTIONS = 12;
    private static final int CORE_MIN_SCALE = 7;
    private static final int CORE_MIN_CHOICE = 2;
    private static final int CORE_MIN_MULTI = 1;
    private static final int ENGAGING_ONLINE_MIN_QUESTIONS = 8;
    private static final int ROLE_MODULE_MIN_QUESTIONS = 5;
    private static final int ROLE_MODULE_MAX_QUESTIONS = 6;
    private static final int MAX_QUESTION_WORDS = 25;
    private static final double MAX_AVERAGE_SENTENCE_WORDS = 20.0;
    private static final int MIN_ADVICE_SENTENCES = 2;
    private static final int MAX_ADVICE_SENTENCES = 4;
    private static final int TOP_SCORE = 4;
    private static final int MIN_TEMPLATES_PER_CORE_AREA = 3;

    /** Field id to the kinds it may have; every template must have all of these fields. */
    private static final Map<String, Set<String>> REQUIRED_FIELDS = orderedMap(
            "action", Set.of("text"),
            "channel", Set.of("text", "choice"),
            "audience", Set.of("text"),
            "metric", Set.of("text"),
            "baseline", Set.of("number", "percent"),
            "target", Set.of("number", "percent"),
            "deadline", Set.of("date"),
            "evidence", Set.of("text"),
            "objective", Set.of("text"));
    private static final Set<String> FIELD_KINDS = Set.of("text", "number", "percent", "date", "choice");
    private static final List<String> SMART_LETTERS =
            List.of("specific", "measurable", "achievable", "relevant", "timeBound");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern OPTION_ID = Pattern.compile("[a-z]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\bI\\b");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://|www\\.");

    private static JsonNode questionnaire;
    private static JsonNode toolkit;

    @BeforeAll
    static void readContent() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        questionnaire = mapper.readTree(QUESTIONNAIRE_FILE.toFile());
        toolkit = mapper.readTree(TOOLKIT_FILE.toFile());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Questionnaire: areas and counts
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("areas come in the agreed order, with the agreed core flags and roles")
    void areasComeInTheAgreedOrder() {
        List<String> expected = new ArrayList<>(CORE_AREAS);
        expected.add(ENGAGING_ONLINE);
        expected.addAll(ROLE_MODULES.keySet());
        List<String> problems = new ArrayList<>();

        List<String> actual = new ArrayList<>();
        for (JsonNode area : areas()) {
            String id = area.path("id").asText();
            actual.add(id);
            boolean shouldBeCore = CORE_AREAS.contains(id);
            if (area.path("core").asBoolean(false) != shouldBeCore) {
                problems.add(id + ": core should be " + shouldBeCore);
            }
            List<String> roles = texts(area.path("roles"));
            List<String> expectedRoles = ROLE_MODULES.containsKey(id) ? List.of(ROLE_MODULES.get(id)) : List.of();
            if (!roles.equals(expectedRoles)) {
                problems.add(id + ": roles should be " + expectedRoles + " but are " + roles);
            }
        }
        if (!actual.equals(expected)) {
            problems.add("areas should be " + expected + " but are " + actual);
        }
        assertThat(problems).as("area order and visibility").isEmpty();
    }

    @Test
    @DisplayName("core areas have 10-12 questions: at least 7 scale, 2 choice and 1 multi")
    void coreAreasHaveTheRequiredNumberAndMixOfQuestions() {
        List<String> problems = new ArrayList<>();
        for (String areaId : CORE_AREAS) {
            JsonNode area = area(areaId);
            if (area == null) {
                problems.add(areaId + ": core area is missing");
                continue;
            }
            Map<String, Integer> types = countTypes(area);
            int total = area.path("questions").size();
            if (total < CORE_MIN_QUESTIONS || total > CORE_MAX_QUESTIONS) {
                problems.add(areaId + ": has " + total + " questions, needs " + CORE_MIN_QUESTIONS + "-"
                        + CORE_MAX_QUESTIONS);
            }
            requireAtLeast(problems, areaId, types, "scale", CORE_MIN_SCALE);
            requireAtLeast(problems, areaId, types, "choice", CORE_MIN_CHOICE);
            requireAtLeast(problems, areaId, types, "multi", CORE_MIN_MULTI);
        }
        assertThat(problems).as("core area question counts").isEmpty();
    }

    @Test
    @DisplayName("engaging online has at least 8 questions")
    void engagingOnlineHasEnoughQuestions() {
        JsonNode area = area(ENGAGING_ONLINE);
        assertThat(area).as("area " + ENGAGING_ONLINE).isNotNull();
        assertThat(area.path("questions").size())
                .as(ENGAGING_ONLINE + ": number of questions")
                .isGreaterThanOrEqualTo(ENGAGING_ONLINE_MIN_QUESTIONS);
    }

    @Test
    @DisplayName("role modules have 5-6 questions each")
    void roleModulesHaveFiveOrSixQuestions() {
        List<String> problems = new ArrayList<>();
        for (String areaId : ROLE_MODULES.keySet()) {
            JsonNode area = area(areaId);
            if (area == null) {
                problems.add(areaId + ": role module is missing");
                continue;
            }
            int total = area.path("questions").size();
            if (total < ROLE_MODULE_MIN_QUESTIONS || total > ROLE_MODULE_MAX_QUESTIONS) {
                problems.add(areaId + ": has " + total + " questions, needs " + ROLE_MODULE_MIN_QUESTIONS + "-"
                        + ROLE_MODULE_MAX_QUESTIONS);
            }
        }
        assertThat(problems).as("role module question counts").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Questionnaire: ids and question rules
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("question ids are unique and of the form <area>.<slug>")
    void questionIdsAreUniqueAndScopedToTheirArea() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode area : areas()) {
            String areaId = area.path("id").asText();
            if (!SLUG.matcher(areaId).matches()) {
                problems.add(areaId + ": area id is not a lowercase-hyphen slug");
            }
            for (JsonNode question : area.path("questions")) {
                String id = question.path("id").asText();
                if (!seen.add(id)) {
                    problems.add(id + ": duplicate question id");
                }
                String prefix = areaId + ".";
                if (!id.startsWith(prefix) || !SLUG.matcher(id.substring(prefix.length())).matches()) {
                    problems.add(id + ": should be " + prefix + "<lowercase-hyphen-slug>");
                }
            }
        }
        assertThat(problems).as("question ids").isEmpty();
    }

    @Test
    @DisplayName("option ids are single lowercase letters, unique within their question")
    void optionIdsAreUniqueWithinEachQuestion() {
        List<String> problems = new ArrayList<>();
        for (JsonNode question : questions()) {
            String id = question.path("id").asText();
            Set<String> seen = new HashSet<>();
            for (JsonNode option : question.path("options")) {
                String optionId = option.path("id").asText();
                if (!OPTION_ID.matcher(optionId).matches()) {
                    problems.add(id + ": option id '" + optionId + "' should be a single lowercase letter");
                }
                if (!seen.add(optionId)) {
                    problems.add(id + ": duplicate option id '" + optionId + "'");
                }
            }
        }
        assertThat(problems).as("option ids").isEmpty();
    }

    @Test
    @DisplayName("every choice scenario has exactly one top-scoring option, scored 4, and scores from 0 to 4")
    void everyChoiceQuestionHasExactlyOneTopScoringOption() {
        List<String> problems = new ArrayList<>();
        for (JsonNode question : questionsOfType("choice")) {
            String id = question.path("id").asText();
            List<Integer> scores = new ArrayList<>();
            for (JsonNode option : question.path("options")) {
                JsonNode score = option.path("score");
                if (!score.isInt() || score.asInt() < 0 || score.asInt() > TOP_SCORE) {
                    problems.add(id + ": option " + option.path("id").asText() + " score " + score
                            + " is not a whole number from 0 to " + TOP_SCORE);
                } else {
                    scores.add(score.asInt());
                }
            }
            if (scores.size() < 2) {
                problems.add(id + ": a choice question needs at least two options");
                continue;
            }
            int best = scores.stream().mapToInt(Integer::intValue).max().orElse(-1);
            long atBest = scores.stream().filter(s -> s == best).count();
            if (best != TOP_SCORE || atBest != 1) {
                problems.add(id + ": needs exactly one option scoring " + TOP_SCORE + " but scores are " + scores);
            }
        }
        assertThat(problems).as("choice question scoring").isEmpty();
    }

    @Test
    @DisplayName("every multi question has at least two correct and one incorrect option")
    void everyMultiQuestionHasCorrectAndIncorrectOptions() {
        List<String> problems = new ArrayList<>();
        for (JsonNode question : questionsOfType("multi")) {
            String id = question.path("id").asText();
            int correct = 0;
            int incorrect = 0;
            for (JsonNode option : question.path("options")) {
                if (option.path("correct").asBoolean(false)) {
                    correct++;
                } else {
                    incorrect++;
                }
            }
            if (correct < 2 || incorrect < 1) {
                problems.add(id + ": has " + correct + " correct and " + incorrect
                        + " incorrect options; needs at least 2 and 1");
            }
        }
        assertThat(problems).as("multi question options").isEmpty();
    }

    @Test
    @DisplayName("scale questions are first-person behaviour statements")
    void scaleQuestionsAreFirstPersonStatements() {
        List<String> problems = new ArrayList<>();
        for (JsonNode question : questionsOfType("scale")) {
            if (!FIRST_PERSON.matcher(question.path("text").asText()).find()) {
                problems.add(question.path("id").asText() + ": should be an \"I ...\" statement");
            }
        }
        assertThat(problems).as("scale statements").isEmpty();
    }

    @Test
    @DisplayName("no question is longer than 25 words")
    void noQuestionIsTooLong() {
        List<String> problems = new ArrayList<>();
        for (JsonNode question : questions()) {
            int words = wordCount(question.path("text").asText());
            if (words > MAX_QUESTION_WORDS) {
                problems.add(question.path("id").asText() + ": question has " + words + " words (max "
                        + MAX_QUESTION_WORDS + ")");
            }
        }
        assertThat(problems).as("question length").isEmpty();
    }

    @Test
    @DisplayName("hints and advice average no more than 20 words a sentence")
    void hintsAndAdviceUseShortSentences() {
        List<String> problems = new ArrayList<>();
        for (JsonNode area : areas()) {
            String areaId = area.path("id").asText();
            for (JsonNode question : area.path("questions")) {
                if (question.hasNonNull("hint")) {
                    checkSentenceLength(problems, question.path("id").asText() + " hint",
                            question.path("hint").asText());
                }
            }
            for (Map.Entry<String, JsonNode> level : area.path("advice").properties()) {
                checkSentenceLength(problems, areaId + " advice for " + level.getKey(), level.getValue().asText());
            }
        }
        for (JsonNode template : templates()) {
            for (JsonNode field : template.path("fields")) {
                checkSentenceLength(problems,
                        template.path("id").asText() + " field " + field.path("id").asText() + " hint",
                        field.path("hint").asText());
            }
        }
        assertThat(problems).as("sentence length in hints and advice").isEmpty();
    }

    @Test
    @DisplayName("every area has 2-4 sentences of advice for every level, different for each level")
    void everyAreaHasAdviceForEveryLevel() {
        List<String> problems = new ArrayList<>();
        for (JsonNode area : areas()) {
            String areaId = area.path("id").asText();
            JsonNode advice = area.path("advice");
            Set<String> texts = new HashSet<>();
            for (String level : LEVELS) {
                String text = advice.path(level).asText("").trim();
                if (text.isEmpty()) {
                    problems.add(areaId + ": no advice for " + level);
                    continue;
                }
                int sentences = sentences(text).size();
                if (sentences < MIN_ADVICE_SENTENCES || sentences > MAX_ADVICE_SENTENCES) {
                    problems.add(areaId + ": advice for " + level + " has " + sentences + " sentences, needs "
                            + MIN_ADVICE_SENTENCES + "-" + MAX_ADVICE_SENTENCES);
                }
                if (!texts.add(text)) {
                    problems.add(areaId + ": advice for " + level + " repeats another level's advice");
                }
            }
        }
        assertThat(problems).as("advice").isEmpty();
    }

    @Test
    @DisplayName("every area suggests named learning resources without invented addresses")
    void everyAreaHasLearningSuggestions() {
        List<String> problems = new ArrayList<>();
        for (JsonNode area : areas()) {
            String areaId = area.path("id").asText();
            if (area.path("learning").size() == 0) {
                problems.add(areaId + ": no learning suggestions");
            }
            for (JsonNode item : area.path("learning")) {
                String title = item.path("title").asText("");
                if (title.isBlank() || item.path("detail").asText("").isBlank()) {
                    problems.add(areaId + ": learning item '" + title + "' needs a title and a detail");
                }
                if (WEB_ADDRESS.matcher(title + " " + item.path("detail").asText("")).find()) {
                    problems.add(areaId + ": learning item '" + title + "' contains a web address");
                }
            }
        }
        assertThat(problems).as("learning suggestions").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Questionnaire: header, levels and profile
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("the questionnaire has the agreed id, levels and 0-4 scale")
    void questionnaireHeaderLevelsAndScale() {
        assertThat(questionnaire.path("kind").asText()).as("kind").isEqualTo("questionnaire");
        assertThat(questionnaire.path("id").asText()).as("id").isEqualTo(QUESTIONNAIRE_ID);
        assertThat(questionnaire.path("language").asText()).as("language").isEqualTo("en-GB");

        List<String> levelIds = new ArrayList<>();
        List<Integer> minPercents = new ArrayList<>();
        for (JsonNode level : questionnaire.path("levels")) {
            levelIds.add(level.path("id").asText());
            minPercents.add(level.path("minPercent").asInt(-1));
        }
        assertThat(levelIds).as("level ids").isEqualTo(LEVELS);
        assertThat(minPercents).as("level minPercent values").isEqualTo(LEVEL_MIN_PERCENTS);

        List<Integer> values = new ArrayList<>();
        questionnaire.path("scale").path("options").forEach(option -> values.add(option.path("value").asInt(-1)));
        assertThat(values).as("scale values").containsExactly(0, 1, 2, 3, 4);
        assertThat(questionnaire.path("scale").path("notApplicable").path("label").asText())
                .as("not applicable label").isNotBlank();
    }

    @Test
    @DisplayName("the profile lists the agreed roles and grades, organisations, and an 'other' choice in each")
    void profileListsTheAgreedChoices() {
        JsonNode profile = questionnaire.path("profile");
        List<String> problems = new ArrayList<>();
        for (String list : List.of("roles", "grades", "organisations")) {
            Set<String> seen = new HashSet<>();
            for (JsonNode entry : profile.path(list)) {
                String id = entry.path("id").asText();
                if (!SLUG.matcher(id).matches()) {
                    problems.add(list + ": id '" + id + "' is not a lowercase-hyphen slug");
                }
                if (!seen.add(id)) {
                    problems.add(list + ": duplicate id '" + id + "'");
                }
                if (entry.path("label").asText("").isBlank()) {
                    problems.add(list + ": '" + id + "' has no label");
                }
            }
            if (!seen.contains("other")) {
                problems.add(list + ": has no 'other' entry");
            }
        }
        assertThat(problems).as("profile lists").isEmpty();
        assertThat(ids(profile.path("roles"))).as("role ids").containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(ids(profile.path("grades"))).as("grade ids").containsExactlyElementsOf(GRADES);
        assertThat(profile.path("organisations").size()).as("number of organisations").isGreaterThan(20);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Objectives toolkit
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("the toolkit names the GCS questionnaire")
    void toolkitNamesTheQuestionnaire() {
        assertThat(toolkit.path("kind").asText()).as("kind").isEqualTo("objective-toolkit");
        assertThat(toolkit.path("questionnaire").asText()).as("questionnaire").isEqualTo(QUESTIONNAIRE_ID);
    }

    @Test
    @DisplayName("template ids are unique, of the form <area>.<slug>, and use known areas, levels and roles")
    void templateIdsAreaLevelsAndRolesAreValid() {
        Set<String> areaIds = new HashSet<>();
        areas().forEach(area -> areaIds.add(area.path("id").asText()));
        Set<String> roleIds = new HashSet<>(ids(questionnaire.path("profile").path("roles")));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode template : templates()) {
            String id = template.path("id").asText();
            String areaId = template.path("area").asText();
            if (!seen.add(id)) {
                problems.add(id + ": duplicate template id");
            }
            if (!areaIds.contains(areaId)) {
                problems.add(id + ": unknown area '" + areaId + "'");
            }
            String prefix = areaId + ".";
            if (!id.startsWith(prefix) || !SLUG.matcher(id.substring(prefix.length())).matches()) {
                problems.add(id + ": should be " + prefix + "<lowercase-hyphen-slug>");
            }
            List<String> levels = texts(template.path("levels"));
            if (levels.isEmpty()) {
                problems.add(id + ": lists no levels");
            }
            levels.stream().filter(level -> !LEVELS.contains(level))
                    .forEach(level -> problems.add(id + ": unknown level '" + level + "'"));
            texts(template.path("roles")).stream().filter(role -> !roleIds.contains(role))
                    .forEach(role -> problems.add(id + ": unknown role '" + role + "'"));
            if (ROLE_MODULES.containsKey(areaId)
                    && !texts(template.path("roles")).equals(List.of(ROLE_MODULES.get(areaId)))) {
                problems.add(id + ": a " + areaId + " template should have roles [" + ROLE_MODULES.get(areaId) + "]");
            }
            if (template.path("title").asText("").isBlank()) {
                problems.add(id + ": has no title");
            }
        }
        assertThat(problems).as("template ids, areas, levels and roles").isEmpty();
    }

    @Test
    @DisplayName("template placeholders match the field ids exactly")
    void templatePlaceholdersMatchFieldIds() {
        List<String> problems = new ArrayList<>();
        for (JsonNode template : templates()) {
            String id = template.path("id").asText();
            List<String> placeholders = placeholders(template.path("pattern").asText());
            List<String> fieldIds = ids(template.path("fields"));
            Set<String> uniquePlaceholders = new HashSet<>(placeholders);
            if (uniquePlaceholders.size() != placeholders.size()) {
                problems.add(id + ": a placeholder is used more than once in " + placeholders);
            }
            if (new HashSet<>(fieldIds).size() != fieldIds.size()) {
                problems.add(id + ": duplicate field ids in " + fieldIds);
            }
            Set<String> unknown = new TreeSet<>(uniquePlaceholders);
            unknown.removeAll(fieldIds);
            Set<String> unused = new TreeSet<>(fieldIds);
            unused.removeAll(uniquePlaceholders);
            if (!unknown.isEmpty()) {
                problems.add(id + ": pattern uses unknown placeholders " + unknown);
            }
            if (!unused.isEmpty()) {
                problems.add(id + ": fields not used in the pattern " + unused);
            }
        }
        assertThat(problems).as("template placeholders").isEmpty();
    }

    @Test
    @DisplayName("every template has the required fields, each with a label, hint, example and allowed kind")
    void everyTemplateHasTheRequiredFields() {
        List<String> problems = new ArrayList<>();
        for (JsonNode template : templates()) {
            String id = template.path("id").asText();
            Map<String, JsonNode> fields = new HashMap<>();
            template.path("fields").forEach(field -> fields.put(field.path("id").asText(), field));
            REQUIRED_FIELDS.forEach((fieldId, kinds) -> {
                JsonNode field = fields.get(fieldId);
                if (field == null) {
                    problems.add(id + ": missing field '" + fieldId + "'");
                } else if (!kinds.contains(field.path("kind").asText())) {
                    problems.add(id + "." + fieldId + ": kind '" + field.path("kind").asText()
                            + "' should be one of " + new TreeSet<>(kinds));
                }
            });
            if (fields.containsKey("baseline") && fields.containsKey("target")
                    && !fields.get("baseline").path("kind").asText()
                            .equals(fields.get("target").path("kind").asText())) {
                problems.add(id + ": baseline and target should have the same kind");
            }
            for (JsonNode field : template.path("fields")) {
                String fieldRef = id + "." + field.path("id").asText();
                String kind = field.path("kind").asText();
                if (!FIELD_KINDS.contains(kind)) {
                    problems.add(fieldRef + ": unknown kind '" + kind + "'");
                }
                for (String part : List.of("label", "hint", "example")) {
                    if (field.path(part).asText("").isBlank()) {
                        problems.add(fieldRef + ": has no " + part);
                    }
                }
                if ("choice".equals(kind)) {
                    List<String> options = texts(field.path("options"));
                    if (options.size() < 2) {
                        problems.add(fieldRef + ": a choice field needs at least two options");
                    }
                    if (!options.contains(field.path("example").asText())) {
                        problems.add(fieldRef + ": example is not one of the options");
                    }
                } else if (field.has("options")) {
                    problems.add(fieldRef + ": only choice fields have options");
                }
            }
        }
        assertThat(problems).as("template fields").isEmpty();
    }

    @Test
    @DisplayName("template examples are complete: no placeholders left, numbers and dates well formed")
    void templateExamplesFillThePatternCompletely() {
        List<String> problems = new ArrayList<>();
        for (JsonNode template : templates()) {
            String id = template.path("id").asText();
            String filled = template.path("pattern").asText();
            for (JsonNode field : template.path("fields")) {
                String fieldId = field.path("id").asText();
                String example = field.path("example").asText("");
                if (example.contains("{") || example.contains("}")) {
                    problems.add(id + "." + fieldId + ": example contains an unfilled placeholder: " + example);
                }
                String kind = field.path("kind").asText();
                if (("number".equals(kind) || "percent".equals(kind)) && !PLAIN_NUMBER.matcher(example).matches()) {
                    problems.add(id + "." + fieldId + ": example '" + example + "' should be a plain number");
                }
                if ("date".equals(kind) && !isIsoDate(example)) {
                    problems.add(id + "." + fieldId + ": example '" + example + "' should be a date like 2027-03-31");
                }
                filled = filled.replace("{" + fieldId + "}", example);
            }
            if (filled.contains("{") || filled.contains("}")) {
                problems.add(id + ": pattern filled with the examples still has a placeholder: " + filled);
            }
        }
        assertThat(problems).as("template examples").isEmpty();
    }

    @Test
    @DisplayName("every template has a one-line note for each SMART letter")
    void everyTemplateHasSmartNotes() {
        List<String> problems = new ArrayList<>();
        for (JsonNode template : templates()) {
            String id = template.path("id").asText();
            JsonNode smart = template.path("smart");
            for (String letter : SMART_LETTERS) {
                String note = smart.path(letter).asText("");
                if (note.isBlank()) {
                    problems.add(id + ": no SMART note for " + letter);
                } else if (note.contains("\n")) {
                    problems.add(id + ": SMART note for " + letter + " should be one line");
                }
            }
        }
        assertThat(problems).as("SMART notes").isEmpty();
    }

    @Test
    @DisplayName("the toolkit covers every core area across all levels, every role module and engaging online")
    void toolkitCoversEveryArea() {
        Map<String, List<JsonNode>> byArea = new LinkedHashMap<>();
        for (JsonNode template : templates()) {
            byArea.computeIfAbsent(template.path("area").asText(), key -> new ArrayList<>()).add(template);
        }
        List<String> problems = new ArrayList<>();
        for (String areaId : CORE_AREAS) {
            List<JsonNode> templates = byArea.getOrDefault(areaId, List.of());
            if (templates.size() < MIN_TEMPLATES_PER_CORE_AREA) {
                problems.add(areaId + ": has " + templates.size() + " templates, needs at least "
                        + MIN_TEMPLATES_PER_CORE_AREA);
            }
            Set<String> covered = new HashSet<>();
            templates.forEach(template -> covered.addAll(texts(template.path("levels"))));
            Set<String> missing = new TreeSet<>(LEVELS);
            missing.removeAll(covered);
            if (!missing.isEmpty()) {
                problems.add(areaId + ": no template for levels " + missing);
            }
        }
        ROLE_MODULES.forEach((areaId, role) -> {
            boolean forRole = byArea.getOrDefault(areaId, List.of()).stream()
                    .anyMatch(template -> texts(template.path("roles")).equals(List.of(role)));
            if (!forRole) {
                problems.add(areaId + ": needs at least one template for role " + role);
            }
        });
        if (byArea.getOrDefault(ENGAGING_ONLINE, List.of()).isEmpty()) {
            problems.add(ENGAGING_ONLINE + ": needs at least one template");
        }
        assertThat(problems).as("toolkit coverage").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    private static Iterable<JsonNode> areas() {
        return questionnaire.path("areas");
    }

    private static JsonNode area(String id) {
        for (JsonNode area : areas()) {
            if (id.equals(area.path("id").asText())) {
                return area;
            }
        }
        return null;
    }

    private static List<JsonNode> questions() {
        List<JsonNode> all = new ArrayList<>();
        areas().forEach(area -> area.path("questions").forEach(all::add));
        return all;
    }

    private static List<JsonNode> questionsOfType(String type) {
        return questions().stream().filter(question -> type.equals(question.path("type").asText())).toList();
    }

    private static Iterable<JsonNode> templates() {
        return toolkit.path("templates");
    }

    private static Map<String, Integer> countTypes(JsonNode area) {
        Map<String, Integer> counts = new HashMap<>();
        area.path("questions").forEach(question -> counts.merge(question.path("type").asText(), 1, Integer::sum));
        return counts;
    }

    private static void requireAtLeast(List<String> problems, String areaId, Map<String, Integer> types,
            String type, int minimum) {
        int count = types.getOrDefault(type, 0);
        if (count < minimum) {
            problems.add(areaId + ": has " + count + " " + type + " questions, needs at least " + minimum);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> ids(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(entry -> values.add(entry.path("id").asText()));
        return values;
    }

    private static List<String> placeholders(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Sentences end with '.', '!' or '?' followed by white space, so "GOV.UK" and "utm_source" stay whole. */
    private static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_BREAK.split(text.trim())).filter(sentence -> !sentence.isBlank()).toList();
    }

    /** Words are runs of non-space characters containing a letter or digit; a lone dash is not a word. */
    private static int wordCount(String text) {
        return (int) Arrays.stream(text.trim().split("\\s+")).filter(token -> WORD.matcher(token).find()).count();
    }

    private static void checkSentenceLength(List<String> problems, String where, String text) {
        List<String> sentences = sentences(text);
        if (sentences.isEmpty()) {
            return;
        }
        double average = (double) wordCount(text) / sentences.size();
        if (average > MAX_AVERAGE_SENTENCE_WORDS) {
            problems.add(String.format("%s: averages %.1f words a sentence (max %.0f)", where, average,
                    MAX_AVERAGE_SENTENCE_WORDS));
        }
    }

    private static boolean isIsoDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
