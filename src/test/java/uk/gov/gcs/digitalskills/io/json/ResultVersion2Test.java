package uk.gov.gcs.digitalskills.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;

/** The result file writes formatVersion 2 and reads back the manager's response and the reviews exactly. */
class ResultVersion2Test {
    private static final AssessmentRecord PLAIN = new AssessmentRecord(UUID.fromString("3f2b8c1e-9d4a-4e8b-a1c2-7e5f6d4c3b2a"),
            new QuestionnaireRef("gcs-digital-skills", "2027.1"), new Respondent("Sam", null, null, null),
            Optional.of(OffsetDateTime.of(2027, 4, 2, 9, 0, 0, 0, ZoneOffset.UTC)),
            Optional.of(OffsetDateTime.of(2027, 4, 2, 9, 30, 0, 0, ZoneOffset.UTC)),
            Map.of("planning.start-from-policy", new Answer.ScaleValue(3)), Map.of(), Optional.empty());

    private final ContentFiles files = new ContentFiles();

    @Test
    void aResponseAndReviewsRoundTripExactlyWithLineBreaksAndAccents() throws Exception {
        AssessmentRecord record = PLAIN.withManager(Optional.of(new ManagerResponse("Siân Ó Briain",
                        Optional.of(LocalDate.of(2027, 4, 20)), Optional.of(false), "Let's talk.\nThe target is low — 1,500?")))
                .withReview(new Review(ReviewStage.YEAR_END, LocalDate.of(2028, 3, 20), Optional.empty(),
                        ReviewStatus.NOT_MET, "Another year"))
                .withReview(new Review(ReviewStage.MID_YEAR, LocalDate.of(2027, 10, 1),
                        Optional.of(new BigDecimal("37.50")), ReviewStatus.BEHIND, "Slow start\n\nbut moving"));

        byte[] bytes = ResultJson.toBytes(record, null);
        JsonNode tree = JsonSupport.mapper().readTree(bytes);

        assertThat(tree.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(tree.get("reviews").get(0).get("stage").asText()).isEqualTo("mid-year");
        assertThat(tree.get("reviews").get(0).get("actual").toString()).isEqualTo("37.5");
        assertThat(tree.get("reviews").get(1).get("actual").isNull()).isTrue();
        assertThat(tree.get("manager").get("agreed").booleanValue()).isFalse();
        assertThat(new SchemaCheck().check(DocumentKind.RESULT, tree)).isEmpty();
        assertThat(files.readResult(new ByteArrayInputStream(bytes), "r.dsa.json")).isEqualTo(record);
        assertThat(ResultJson.toBytes(files.readResult(new ByteArrayInputStream(bytes), "r.dsa.json"), null))
                .isEqualTo(bytes);
    }

    @Test
    void anAssessmentWithoutThemIsWrittenAsVersion2WithoutEitherField() throws Exception {
        JsonNode tree = JsonSupport.mapper().readTree(ResultJson.toBytes(PLAIN, null));
        assertThat(tree.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(tree.has("manager")).isFalse();
        assertThat(tree.has("reviews")).isFalse();
        assertThat(new SchemaCheck().check(DocumentKind.RESULT, tree)).isEmpty();
    }

    @Test
    void aVersion1FileIsReadWithNeither() throws Exception {
        ObjectNode v1 = ResultJson.toJson(PLAIN, null);
        v1.put("formatVersion", 1);
        assertThat(new SchemaCheck().check(DocumentKind.RESULT, v1)).isEmpty();
        AssessmentRecord read = files.readResult(new ByteArrayInputStream(JsonSupport.writeString(v1)
                .getBytes(StandardCharsets.UTF_8)), "v1.dsa.json");
        assertThat(read).isEqualTo(PLAIN);
        assertThat(read.manager()).isEmpty();
        assertThat(read.reviews()).isEqualTo(List.of());
    }
}
