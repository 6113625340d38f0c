package uk.gov.gcs.digitalskills.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.testing.Fixtures;

/** Each rule of issue 2 point 6, broken on a copy of the real questionnaire, reported with its pointer. */
class QuestionnaireValidationTest {
    @TempDir
    Path temp;

    private final ContentFiles files = new ContentFiles();
    private final ContentLibrary library = ContentLibrary.load(files, Optional.empty());

    private List<Problem> validate(Consumer<ObjectNode> change) {
        return files.validate(Fixtures.write(temp, "broken.json", Fixtures.questionnaireWith(change)), library);
    }

    private static ObjectNode area(ObjectNode q, int i) {
        return (ObjectNode) q.get("areas").get(i);
    }

    private static ObjectNode question(ObjectNode q, int area, int i) {
        return (ObjectNode) area(q, area).get("questions").get(i);
    }

    private static int indexOfType(ObjectNode q, String type) {
        ArrayNode questions = (ArrayNode) area(q, 0).get("questions");
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).get("type").asText().equals(type)) {
                return i;
            }
        }
        throw new IllegalStateException(type);
    }

    @Test
    void bundledFilesAreValid() {
        assertThat(files.validate(Fixtures.QUESTIONNAIRE, library)).isEmpty();
        assertThat(files.validate(Fixtures.TOOLKIT, library)).isEmpty();
    }

    @Test
    void misspeltFieldIsReportedWhereItIs() {
        List<Problem> problems = validate(q -> question(q, 0, 0).put("hnit", "typo"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/areas/0/questions/0");
            assertThat(p.message()).contains("hnit");
        });
    }

    @Test
    void misspeltTopLevelFieldIsReported() {
        assertThat(validate(q -> q.put("tittle", "x"))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("tittle"));
    }

    @Test
    void missingRequiredFieldIsReported() {
        assertThat(validate(q -> question(q, 0, 1).remove("text"))).extracting(Problem::pointer)
                .contains("/areas/0/questions/1");
    }

    @Test
    void questionIdsMustBeUniqueAcrossTheFile() {
        List<Problem> problems = validate(q -> question(q, 1, 2).put("id", question(q, 0, 0).get("id").asText()));
        assertThat(problems).containsExactly(new Problem("/areas/1/questions/2/id",
                "question id '" + Fixtures.firstQuestion("scale") + "' is used more than once in this file"));
    }

    @Test
    void optionIdsMustBeUniqueWithinAQuestion() {
        List<Problem> problems = validate(q -> {
            ArrayNode options = (ArrayNode) question(q, 0, indexOfType(q, "choice")).get("options");
            ((ObjectNode) options.get(1)).put("id", options.get(0).get("id").asText());
        });
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).endsWith("/options/1/id");
            assertThat(p.message()).contains("option id 'a' is used more than once");
        });
    }

    @Test
    void choiceNeedsTwoOptions() {
        List<Problem> problems = validate(q -> {
            ArrayNode options = (ArrayNode) question(q, 0, indexOfType(q, "choice")).get("options");
            while (options.size() > 1) {
                options.remove(1);
            }
        });
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/areas/0/questions/" + indexOfType(Fixtures.tree(Fixtures.QUESTIONNAIRE), "choice") + "/options");
            assertThat(p.message()).contains("needs at least 2 options");
        });
    }

    @Test
    void multiNeedsACorrectOption() {
        List<Problem> problems = validate(q -> question(q, 0, indexOfType(q, "multi")).get("options")
                .forEach(o -> ((ObjectNode) o).put("correct", false)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).endsWith("/options");
            assertThat(p.message()).contains("needs at least 1 correct option");
        });
    }

    @Test
    void levelsMustAscend() {
        List<Problem> problems = validate(q -> ((ObjectNode) q.get("levels").get(2)).put("minPercent", 30));
        assertThat(problems).extracting(Problem::pointer).containsExactly("/levels/2/minPercent");
        assertThat(problems.get(0).message()).contains("ascending");
    }

    @Test
    void firstLevelMustBeZero() {
        List<Problem> problems = validate(q -> ((ObjectNode) q.get("levels").get(0)).put("minPercent", 5));
        assertThat(problems).containsExactly(new Problem("/levels/0/minPercent", "the first level must start at 0"));
    }

    @Test
    void everyAreaNeedsAdviceForEveryLevel() {
        List<Problem> problems = validate(q -> ((ObjectNode) area(q, 2).get("advice")).remove("expert"));
        assertThat(problems).containsExactly(new Problem("/areas/2/advice",
                "area 'measurement-insight' has no advice for level 'expert'"));
    }

    @Test
    void atLeastOneCoreArea() {
        List<Problem> problems = validate(q -> q.get("areas").forEach(a -> ((ObjectNode) a).put("core", false)));
        assertThat(problems).containsExactly(new Problem("/areas", "at least one area must be core (\"core\": true)"));
    }

    @Test
    void areaRolesMustExistInTheProfile() {
        List<Problem> problems = validate(q -> ((ArrayNode) area(q, 4).get("roles")).set(0, "press-ofice"));
        assertThat(problems).containsExactly(new Problem("/areas/4/roles/0",
                "role 'press-ofice' is not one of the roles in profile.roles"));
    }

    @Test
    void scaleValuesMustBeConsecutiveFromZero() {
        List<Problem> problems = validate(q -> ((ObjectNode) q.get("scale").get("options").get(3)).put("value", 5));
        assertThat(problems).extracting(Problem::pointer).containsExactly("/scale/options/3/value");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Problem> problems = validate(q -> {
            ((ObjectNode) q.get("levels").get(0)).put("minPercent", 5);
            ((ObjectNode) area(q, 2).get("advice")).remove("expert");
            ((ArrayNode) area(q, 4).get("roles")).set(0, "nobody");
        });
        assertThat(problems).hasSize(3);
    }

    @Test
    void newerSchemaVersionIsRefusedPlainly() {
        List<Problem> problems = validate(q -> q.put("schemaVersion", 3));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/schemaVersion");
            assertThat(p.message()).contains("newer than this app reads");
        });
    }

    @Test
    void newerMinorFieldsAreToleratedWhenReading() throws Exception {
        Path file = Fixtures.write(temp, "newer.json", Fixtures.questionnaireWith(q -> {
            q.put("publisher", "a future field");
            question(q, 0, 0).put("audioHint", "also future");
        }));
        assertThat(files.readQuestionnaire(file).areas()).hasSize(8);
        assertThat(files.validate(file, library)).hasSize(2);
    }
}
