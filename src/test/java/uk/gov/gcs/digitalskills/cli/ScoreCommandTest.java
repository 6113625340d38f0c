package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.testing.Fixtures;

class ScoreCommandTest {
    @TempDir
    Path temp;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(temp.resolve("data"));
    }

    private CliRunner.Run score(ObjectNode result) {
        return cli.run("score", Fixtures.write(temp, "r.dsa.json", result).toString());
    }

    private CliRunner.Run scoreWith(Consumer<ObjectNode> change) {
        ObjectNode result = Fixtures.completeResult("press-office", 2);
        change.accept(result);
        return score(result);
    }

    private static ObjectNode answers(ObjectNode result) {
        return (ObjectNode) result.get("answers");
    }

    private void assertOneClearLine(CliRunner.Run run, String... fragments) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("r.dsa.json").contains(fragments).doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void printsScoresForTheRespondentsAreasInQuestionnaireOrder() throws Exception {
        CliRunner.Run run = score(Fixtures.completeResult("press-office", 2));
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("questionnaire").get("id").asText()).isEqualTo("gcs-digital-skills");
        assertThat(json.get("complete").asBoolean()).isTrue();
        assertThat(json.get("unanswered")).isEmpty();
        assertThat(json.get("areas")).extracting(a -> a.get("id").asText()).containsExactly("planning",
                "objective-setting", "measurement-insight", "engaging-online", "press-office");
        JsonNode first = json.get("areas").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("id", "title", "core", "points", "max", "percent", "level", "selfRating", "knowledge",
                        "calibration");
        assertThat(first.get("selfRating").fieldNames()).toIterable().containsExactly("points", "max", "percent");
        assertThat(first.get("knowledge").fieldNames()).toIterable().containsExactly("points", "max", "percent");
        assertThat(json.get("overall").fieldNames()).toIterable()
                .containsExactly("percent", "level", "selfRating", "knowledge");
        assertThat(json.get("overall").get("selfRating").fieldNames()).toIterable().containsExactly("percent");
        assertThat(json.get("overall").get("knowledge").fieldNames()).toIterable().containsExactly("percent");
    }

    @Test
    void incompleteResultListsUnansweredIds() throws Exception {
        String missing = Fixtures.firstQuestion("scale");
        CliRunner.Run run = scoreWith(r -> answers(r).remove(missing));
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("complete").asBoolean()).isFalse();
        assertThat(json.get("unanswered")).extracting(JsonNode::asText).containsExactly(missing);
    }

    @Test
    void notScoredAreaHasNullPercentAndLevel() throws Exception {
        CliRunner.Run run = scoreWith(r -> {
            for (JsonNode q : Fixtures.tree(Fixtures.QUESTIONNAIRE).get("areas").get(0).get("questions")) {
                answers(r).remove(q.get("id").asText());
            }
        });
        JsonNode planning = new ObjectMapper().readTree(run.out()).get("areas").get(0);
        assertThat(planning.get("percent").isNull()).isTrue();
        assertThat(planning.get("level").isNull()).isTrue();
        assertThat(planning.get("max").asInt()).isZero();
    }

    @Test
    void overallIsNullWhenNoCoreAreaIsScored() throws Exception {
        CliRunner.Run run = scoreWith(r -> answers(r).removeAll());
        assertThat(new ObjectMapper().readTree(run.out()).get("overall").isNull()).isTrue();
    }

    @Test
    void malformedJsonSaysLineAndColumn() {
        Path file = Fixtures.write(temp, "r.dsa.json", "{\"format\": \"gcs-digital-skills-result\",\n\"answers\": {,}}");
        CliRunner.Run run = cli.run("score", file.toString());
        assertOneClearLine(run, "not valid JSON: line 2, column");
    }

    @Test
    void aQuestionnaireIsNotAResult() {
        CliRunner.Run run = cli.run("score", Fixtures.QUESTIONNAIRE.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("this is a questionnaire, not a result file");
    }

    @Test
    void somethingElseEntirelyIsNotAResult() {
        Path file = Fixtures.write(temp, "r.dsa.json", "[1, 2, 3]");
        assertOneClearLine(cli.run("score", file.toString()), "expected a JSON object");
    }

    @Test
    void newerFormatVersionIsRefused() {
        assertOneClearLine(scoreWith(r -> r.put("formatVersion", 3)), "/formatVersion", "newer than this app reads");
    }

    @Test
    void unknownQuestionnaireIdIsNamed() {
        assertOneClearLine(scoreWith(r -> ((ObjectNode) r.get("questionnaire")).put("id", "nhs-skills")),
                "/questionnaire", "nhs-skills 2026.1 is not installed");
    }

    @Test
    void unknownQuestionnaireVersionIsNamed() {
        assertOneClearLine(scoreWith(r -> ((ObjectNode) r.get("questionnaire")).put("version", "2031.4")),
                "gcs-digital-skills 2031.4 is not installed");
    }

    @Test
    void unknownQuestionIdIsNamed() {
        assertOneClearLine(scoreWith(r -> answers(r).put("planning.made-up", 3)),
                "/answers/planning.made-up", "question 'planning.made-up' is not in questionnaire");
    }

    @Test
    void scaleValueOutOfRange() {
        String id = Fixtures.firstQuestion("scale");
        assertOneClearLine(scoreWith(r -> answers(r).put(id, 5)), "question '" + id + "'", "scale value 5 is out of range");
        assertOneClearLine(scoreWith(r -> answers(r).put(id, -1)), "question '" + id + "'", "out of range");
    }

    @Test
    void scaleValueMustBeWhole() {
        String id = Fixtures.firstQuestion("scale");
        assertOneClearLine(scoreWith(r -> answers(r).put(id, 2.5)), "/answers/" + id);
    }

    @Test
    void choiceOptionThatDoesNotExist() {
        String id = Fixtures.firstQuestion("choice");
        assertOneClearLine(scoreWith(r -> answers(r).put(id, "z")), "question '" + id + "'", "there is no option 'z'");
    }

    @Test
    void multiAnswerThatIsNotAList() {
        String id = Fixtures.firstQuestion("multi");
        assertOneClearLine(scoreWith(r -> answers(r).put(id, "a")), "question '" + id + "'",
                "must be a list of option ids");
    }

    @Test
    void multiOptionThatDoesNotExist() {
        String id = Fixtures.firstQuestion("multi");
        assertOneClearLine(scoreWith(r -> ((ArrayNode) answers(r).putArray(id)).add("a").add("q")),
                "question '" + id + "'", "there is no option 'q'");
    }

    @Test
    void notApplicableOnAChoiceQuestion() {
        String id = Fixtures.firstQuestion("choice");
        assertOneClearLine(scoreWith(r -> answers(r).put(id, "n/a")), "question '" + id + "'",
                "only allowed for scale questions");
    }

    @Test
    void notApplicableWhereTheScaleHasNone() {
        Path strict = Fixtures.write(temp, "strict.json",
                Fixtures.questionnaireWith(q -> ((ObjectNode) q.get("scale")).remove("notApplicable")));
        String id = Fixtures.firstQuestion("scale");
        ObjectNode result = Fixtures.completeResult("press-office", 2);
        answers(result).put(id, "n/a");
        Path file = Fixtures.write(temp, "r.dsa.json", result);
        CliRunner.Run run = cli.run("score", file.toString(), "--questionnaire", strict.toString());
        assertOneClearLine(run, "question '" + id + "'", "scale has no \"not relevant\" option");
    }

    @Test
    void unknownRoleIsNamed() {
        assertOneClearLine(scoreWith(r -> ((ObjectNode) r.get("respondent")).put("role", "astronaut")),
                "/respondent/role", "role 'astronaut'");
    }

    @Test
    void questionnaireOptionOverridesTheLibrary() throws Exception {
        Path renamed = Fixtures.write(temp, "q.json", Fixtures.questionnaireWith(q -> q.put("version", "9.9")));
        ObjectNode result = Fixtures.completeResult("other", 4);
        ((ObjectNode) result.get("questionnaire")).put("version", "9.9");
        Path file = Fixtures.write(temp, "r.dsa.json", result);
        CliRunner.Run run = cli.run("score", file.toString(), "--questionnaire", renamed.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("overall").get("percent").asDouble()).isPositive();
    }

    @Test
    void brokenQuestionnaireInTheDataFolderIsSkippedAndBundledStillWork() {
        Fixtures.write(temp.resolve("data/questionnaires"), "broken.json", "{ not json");
        assertThat(score(Fixtures.completeResult("other", 1)).exitCode()).isZero();
    }

    @Test
    void dataDirOptionAfterTheCommandWorksToo() {
        Path file = Fixtures.write(temp, "r.dsa.json", Fixtures.completeResult("other", 1));
        CliRunner.Run run = new CliRunner(temp.resolve("elsewhere")).run("score", file.toString(),
                "--data-dir", temp.resolve("data").toString());
        assertThat(run.exitCode()).isZero();
    }
}
