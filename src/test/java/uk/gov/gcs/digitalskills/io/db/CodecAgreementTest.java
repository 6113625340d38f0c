package uk.gov.gcs.digitalskills.io.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.ResultJson;

/** The store's columns and the result file write every answer, and the objective, in the same JSON. */
class CodecAgreementTest {
    static Stream<Answer> everyKind() {
        return Stream.of(new Answer.ScaleValue(0), new Answer.ScaleValue(4), new Answer.Choice("b"),
                new Answer.Multi(List.of("a", "c")), new Answer.Multi(List.of()), Answer.NOT_APPLICABLE);
    }

    private static AssessmentRecord record(Map<String, Answer> answers, Optional<DigitalObjective> objective) {
        return new AssessmentRecord(UUID.fromString("00000000-0000-0000-0000-00000000000a"),
                new QuestionnaireRef("gcs-digital-skills", "1.0.0"), new Respondent("Sam", "press-office", "heo", "co"),
                Optional.of(OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC)), Optional.empty(), answers,
                Map.of(), objective);
    }

    /** What the result file holds for the answer, written and read back through the file's own bytes. */
    private static JsonNode inResultFile(String field, AssessmentRecord record) throws Exception {
        JsonNode root = JsonSupport.mapper().readTree(ResultJson.toBytes(record, null));
        return field.equals("objective") ? root.get("objective") : root.get("answers").get(field);
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void anAnswerIsTheSameTextInTheStoreAndTheResultFileAndReadsBackAsItself(Answer answer) throws Exception {
        AssessmentRecord record = record(Map.of("q1", answer), Optional.empty());
        String stored = StoreJson.answer(answer);

        assertThat(JsonSupport.mapper().readTree(stored)).isEqualTo(inResultFile("q1", record));
        assertThat(StoreJson.answer(stored)).isEqualTo(answer);
        ObjectNode file = (ObjectNode) JsonSupport.mapper().readTree(ResultJson.toBytes(record, null));
        assertThat(ResultJson.toDomain(file, "r.dsa.json").answers()).containsExactly(Map.entry("q1", answer));
    }

    @Test
    void theNotApplicableSpellingIsTheOneInDesign() {
        assertThat(StoreJson.answer(Answer.NOT_APPLICABLE)).isEqualTo("\"n/a\"");
    }

    @Test
    void anObjectiveIsTheSameInBothAndReadsBackAsItself() throws Exception {
        DigitalObjective objective = new DigitalObjective("measurement-insight.baseline",
                Map.of("metric", "open rate", "baseline", "21%", "target", "30%"), "By 31 March 2027, raise the open rate",
                Optional.of(LocalDate.of(2027, 3, 31)));
        AssessmentRecord record = record(Map.of(), Optional.of(objective));
        String stored = StoreJson.objective(objective);

        assertThat(JsonSupport.mapper().readTree(stored)).isEqualTo(inResultFile("objective", record));
        assertThat(StoreJson.objective(stored)).isEqualTo(objective);
        assertThat(stored).as("values sorted, so the bytes are canonical")
                .contains("\"values\":{\"baseline\":\"21%\",\"metric\":\"open rate\",\"target\":\"30%\"}");
    }

    @Test
    void somethingThatIsNotAnAnswerIsAReadFailureNotAGuess() {
        assertThatThrownBy(() -> StoreJson.answer("[1, 2]")).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.READ));
        assertThatThrownBy(() -> StoreJson.answer("12345678901")).isInstanceOf(DatabaseException.class);
        assertThatThrownBy(() -> StoreJson.objective("{\"deadline\":\"31/03/2027\"}"))
                .isInstanceOf(DatabaseException.class);
    }
}
