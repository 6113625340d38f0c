package uk.gov.gcs.digitalskills.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.testing.Fixtures;
import uk.gov.gcs.digitalskills.testing.Version2Fixture;

/** The schemaVersion 2 fields (DESIGN.md §3.1): read, defaulted, and each misuse reported with its pointer. */
class QuestionnaireVersion2Test {
    @TempDir
    Path temp;

    private final ContentFiles files = new ContentFiles();
    private final ContentLibrary library = ContentLibrary.load(files, Optional.empty());

    static ObjectNode fixture() {
        return Version2Fixture.questionnaire();
    }

    private Questionnaire read(ObjectNode tree) throws BadFileException {
        return files.readQuestionnaire(Fixtures.write(temp, "q.json", tree));
    }

    private List<Problem> validate(Consumer<ObjectNode> change) {
        ObjectNode tree = fixture();
        change.accept(tree);
        return files.validate(Fixtures.write(temp, "q.json", tree), library);
    }

    private static ObjectNode area(ObjectNode q, int i) {
        return (ObjectNode) q.get("areas").get(i);
    }

    private static ObjectNode question(ObjectNode q, int area, int i) {
        return (ObjectNode) area(q, area).get("questions").get(i);
    }

    private static Question q(Questionnaire questionnaire, String id) {
        return questionnaire.question(id).orElseThrow();
    }

    @Nested
    class Reading {
        @Test
        void theFixtureIsValid() {
            assertThat(validate(q -> { })).isEmpty();
        }

        @Test
        void schemaVersionIsKept() throws Exception {
            assertThat(read(fixture()).schemaVersion()).isEqualTo(2);
            assertThat(read(Fixtures.tree(Fixtures.QUESTIONNAIRE)).schemaVersion()).isEqualTo(1);
        }

        @Test
        void aQuestionTakesItsAreasAllowNotApplicableUnlessItSaysOtherwise() throws Exception {
            Questionnaire questionnaire = read(fixture());
            assertThat(questionnaire.area("planning").orElseThrow().allowNotApplicable()).isFalse();
            assertThat(questionnaire.area("measurement").orElseThrow().allowNotApplicable()).isTrue();
            assertThat(q(questionnaire, "planning.rate-a").allowNotApplicable()).isFalse();
            assertThat(q(questionnaire, "measurement.rate-a").allowNotApplicable()).isTrue();
            assertThat(q(questionnaire, "measurement.rate-b").allowNotApplicable()).isFalse();
            assertThat(questionnaire.allowsNotApplicable(q(questionnaire, "measurement.rate-a"))).isTrue();
            assertThat(questionnaire.allowsNotApplicable(q(questionnaire, "measurement.rate-b"))).isFalse();
            assertThat(questionnaire.allowsNotApplicable(q(questionnaire, "press-office.rate"))).isTrue();
        }

        @Test
        void aQuestionCanAllowNotApplicableInAnAreaThatDoesNot() throws Exception {
            ObjectNode tree = fixture();
            question(tree, 0, 0).put("allowNotApplicable", true);
            Questionnaire questionnaire = read(tree);
            assertThat(questionnaire.allowsNotApplicable(q(questionnaire, "planning.rate-a"))).isTrue();
            assertThat(questionnaire.allowsNotApplicable(q(questionnaire, "planning.rate-b"))).isFalse();
        }

        @Test
        void knowledgeItemsNeverAllowNotApplicable() throws Exception {
            Questionnaire questionnaire = read(fixture());
            for (String id : List.of("planning.choose", "measurement.choose", "press-office.pick")) {
                assertThat(q(questionnaire, id).knowledge()).isTrue();
                assertThat(questionnaire.allowsNotApplicable(q(questionnaire, id))).as(id).isFalse();
            }
            assertThat(q(questionnaire, "planning.rate-a").knowledge()).isFalse();
        }

        @Test
        void withoutNotApplicableOnTheScaleNothingAllowsIt() throws Exception {
            ObjectNode tree = fixture();
            ((ObjectNode) tree.get("scale")).remove("notApplicable");
            Questionnaire questionnaire = read(tree);
            assertThat(questionnaire.areas().stream().flatMap(a -> a.questions().stream())
                    .filter(questionnaire::allowsNotApplicable)).isEmpty();
        }

        @Test
        void explanationAndShuffleAreRead() throws Exception {
            Questionnaire questionnaire = read(fixture());
            ChoiceQuestion choose = (ChoiceQuestion) q(questionnaire, "planning.choose");
            MultiQuestion pick = (MultiQuestion) q(questionnaire, "planning.pick");
            assertThat(choose.explanation()).contains("The audience research points to search.");
            assertThat(choose.shuffle()).isTrue();
            assertThat(pick.explanation()).contains("Aims and audiences do; a logo does not.");
            assertThat(pick.shuffle()).isFalse();
        }

        @Test
        void versionOneFilesKeepTheirMeaning() throws Exception {
            Questionnaire questionnaire = read(Fixtures.tree(Fixtures.QUESTIONNAIRE));
            for (var area : questionnaire.areas()) {
                assertThat(area.allowNotApplicable()).isTrue();
                for (Question question : area.questions()) {
                    assertThat(questionnaire.allowsNotApplicable(question)).as(question.id())
                            .isEqualTo(!question.knowledge());
                    if (question instanceof ChoiceQuestion c) {
                        assertThat(c.explanation()).isEmpty();
                        assertThat(c.shuffle()).isTrue();
                    }
                }
            }
        }

        @Test
        void versionTwoFieldsInAVersionOneFileAreUnknownFieldsInValidateAndIgnoredWhenReading() throws Exception {
            ObjectNode v1 = Fixtures.questionnaireWith(q -> {
                area(q, 0).put("allowNotApplicable", false);
                question(q, 0, 1).put("explanation", "Why");
            });
            List<Problem> problems = files.validate(Fixtures.write(temp, "v1.json", v1), library);
            assertThat(problems).extracting(Problem::pointer).containsExactlyInAnyOrder("/areas/0",
                    "/areas/0/questions/1");
            Questionnaire questionnaire = read(v1);
            assertThat(questionnaire.area("planning").orElseThrow().allowNotApplicable()).isTrue();
            assertThat(((ChoiceQuestion) questionnaire.areas().get(0).questions().get(1)).explanation()).isEmpty();
        }
    }

    @Nested
    class Misuse {
        @Test
        void explanationOnAScaleQuestion() {
            assertThat(validate(q -> question(q, 0, 0).put("explanation", "Because"))).singleElement()
                    .satisfies(p -> {
                        assertThat(p.pointer()).isEqualTo("/areas/0/questions/0/explanation");
                        assertThat(p.message()).contains("planning.rate-a").contains("only for choice and multi");
                    });
        }

        @Test
        void shuffleOnAScaleQuestion() {
            assertThat(validate(q -> question(q, 1, 0).put("shuffle", false))).singleElement()
                    .satisfies(p -> {
                        assertThat(p.pointer()).isEqualTo("/areas/1/questions/0/shuffle");
                        assertThat(p.message()).contains("measurement.rate-a").contains("scale keeps its order");
                    });
        }

        @Test
        void allowNotApplicableOnAKnowledgeQuestion() {
            assertThat(validate(q -> question(q, 0, 2).put("allowNotApplicable", true))).singleElement()
                    .satisfies(p -> {
                        assertThat(p.pointer()).isEqualTo("/areas/0/questions/2/allowNotApplicable");
                        assertThat(p.message()).contains("choice question 'planning.choose'")
                                .contains("only offered for scale questions");
                    });
        }

        @Test
        void allowNotApplicableFalseOnAKnowledgeQuestionIsHarmless() {
            assertThat(validate(q -> question(q, 0, 3).put("allowNotApplicable", false))).isEmpty();
        }

        @Test
        void allowNotApplicableOnAnAreaWhenTheScaleHasNoNotApplicable() {
            List<Problem> problems = validate(q -> {
                ((ObjectNode) q.get("scale")).remove("notApplicable");
                area(q, 1).put("allowNotApplicable", true);
            });
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.pointer()).isEqualTo("/areas/1/allowNotApplicable");
                assertThat(p.message()).contains("area 'measurement'").contains("scale has no notApplicable");
            });
        }

        @Test
        void allowNotApplicableOnAStatementWhenTheScaleHasNoNotApplicable() {
            List<Problem> problems = validate(q -> {
                ((ObjectNode) q.get("scale")).remove("notApplicable");
                question(q, 1, 0).put("allowNotApplicable", true);
            });
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.pointer()).isEqualTo("/areas/1/questions/0/allowNotApplicable");
                assertThat(p.message()).contains("scale question 'measurement.rate-a'")
                        .contains("scale has no notApplicable");
            });
        }

        @Test
        void theDefaultNeedsNoNotApplicableOnTheScale() {
            // Leaving allowNotApplicable out (default true) is fine without scale.notApplicable: nothing offers it.
            assertThat(validate(q -> ((ObjectNode) q.get("scale")).remove("notApplicable"))).isEmpty();
        }

        @Test
        void wrongTypesAreSchemaErrorsWithPointers() {
            assertThat(validate(q -> area(q, 0).put("allowNotApplicable", "no"))).extracting(Problem::pointer)
                    .contains("/areas/0/allowNotApplicable");
            assertThat(validate(q -> question(q, 0, 3).put("shuffle", "yes"))).extracting(Problem::pointer)
                    .contains("/areas/0/questions/3/shuffle");
            assertThat(validate(q -> question(q, 0, 2).put("explanation", ""))).extracting(Problem::pointer)
                    .contains("/areas/0/questions/2/explanation");
        }

        @Test
        void unknownFieldsAreStillErrorsInVersionTwo() {
            assertThat(validate(q -> question(q, 0, 2).put("explantion", "typo"))).singleElement()
                    .satisfies(p -> {
                        assertThat(p.pointer()).isEqualTo("/areas/0/questions/2");
                        assertThat(p.message()).contains("explantion");
                    });
        }

        @Test
        void everyMisuseIsReportedAtOnceAndReadingRefusesTheFile() {
            ObjectNode tree = fixture();
            question(tree, 0, 0).put("explanation", "Because");
            question(tree, 0, 1).put("shuffle", true);
            question(tree, 1, 2).put("allowNotApplicable", true);
            assertThat(files.validate(Fixtures.write(temp, "q.json", tree), library)).hasSize(3);
            assertThatThrownBy(() -> read(tree)).isInstanceOf(BadFileException.class)
                    .hasMessageContaining("/areas/0/questions/0/explanation");
        }

        @Test
        void aNewerSchemaVersionIsStillRefusedPlainly() {
            assertThat(validate(q -> q.put("schemaVersion", 3))).singleElement().satisfies(p -> {
                assertThat(p.pointer()).isEqualTo("/schemaVersion");
                assertThat(p.message()).contains("newer than this app reads (2)");
            });
        }
    }
}
