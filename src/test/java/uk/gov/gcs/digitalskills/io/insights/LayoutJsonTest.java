package uk.gov.gcs.digitalskills.io.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.io.json.AnswerCodec;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;

class LayoutJsonTest {

    @Test
    void answersAreTheCompactTextOfTheResultFilesOwnForm() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("a.scale", new Answer.ScaleValue(3));
        answers.put("a.zero", new Answer.ScaleValue(0));
        answers.put("b.choice", new Answer.Choice("c"));
        answers.put("c.multi", new Answer.Multi(List.of("d", "a")));
        answers.put("c.none", new Answer.Multi(List.of()));
        answers.put("d.na", Answer.NOT_APPLICABLE);
        answers.put("e.\"quoted\"/~id", new Answer.Choice("é \" \\ \n"));

        assertThat(LayoutJson.answers(answers)).isEqualTo(byTree(answers))
                .isEqualTo("{\"a.scale\":3,\"a.zero\":0,\"b.choice\":\"c\",\"c.multi\":[\"d\",\"a\"],\"c.none\":[],"
                        + "\"d.na\":\"n/a\",\"e.\\\"quoted\\\"/~id\":\"é \\\" \\\\ \\n\"}");
        assertThat(LayoutJson.answers(Map.of())).isEqualTo("{}");
    }

    @Test
    void generatedAnswersAreTheSameTextAsTheTree() throws Exception {
        Random random = new Random(15);
        for (int i = 0; i < 50; i++) {
            Map<String, Answer> answers = new TreeMap<>(InsightsFixtures.randomRecord(random).answers());
            assertThat(LayoutJson.answers(answers)).isEqualTo(byTree(answers));
        }
    }

    /** How the store wrote answers before: a tree of AnswerCodec's JSON, written without indentation. */
    private static String byTree(Map<String, Answer> answers) throws Exception {
        ObjectNode root = JsonNodeFactory.withExactBigDecimals(true).objectNode();
        answers.forEach((id, answer) -> root.set(id, AnswerCodec.toJson(answer)));
        return JsonSupport.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }
}
