package uk.gov.gcs.digitalskills.io.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.insights.RejectionReason;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.testing.Version2Fixture;

class ResultFileReaderTest {
    @TempDir
    Path dir;

    private final ResultFileReader reader = new ResultFileReader(InsightsFixtures.library());
    private final AssessmentRecord record = InsightsFixtures.randomRecord(new Random(1));

    private ObjectNode resultTree() throws IOException {
        return (ObjectNode) JsonSupport.mapper().readTree(InsightsFixtures.resultBytes(record));
    }

    private FileReading.Rejected rejected(Path file) {
        FileReading reading = reader.read(file);
        assertThat(reading).isInstanceOf(FileReading.Rejected.class);
        return (FileReading.Rejected) reading;
    }

    @Test
    void readsAResultFileAndKeepsNoName() {
        FileReading reading = reader.read(InsightsFixtures.writeResult(dir, "a.dsa.json", record));
        assertThat(reading).isInstanceOf(FileReading.Read.class);
        FileReading.Read read = (FileReading.Read) reading;
        assertThat(read.scoresRecomputed()).isFalse();
        assertThat(read.result().assessmentId()).isEqualTo(record.assessmentId());
        assertThat(read.result().toString()).doesNotContain(record.respondent().name());
    }

    @Test
    void readsTheResultInsideAnAppraisalPdf() {
        Path pdf = InsightsFixtures.writePdf(dir.resolve("appraisal.pdf"), InsightsFixtures.resultBytes(record));
        FileReading reading = reader.read(pdf);
        assertThat(reading).isInstanceOf(FileReading.Read.class);
        assertThat(((FileReading.Read) reading).result().assessmentId()).isEqualTo(record.assessmentId());
    }

    @Test
    void storedScoresThatDifferAreRecomputed() throws IOException {
        ObjectNode tree = resultTree();
        ((ObjectNode) tree.path("scores").path("areas").get(0)).put("percent", new java.math.BigDecimal("99.9"));
        FileReading reading = reader.read(InsightsFixtures.write(dir.resolve("edited.dsa.json"), JsonSupport.write(tree)));
        assertThat(((FileReading.Read) reading).scoresRecomputed()).isTrue();
        assertThat(((FileReading.Read) reading).result().areaPercents().get("planning"))
                .isNotEqualByComparingTo("99.9");
    }

    @Test
    void numbersInStoredScoresCompareByValue() throws IOException {
        String text = new String(InsightsFixtures.resultBytes(record), java.nio.charset.StandardCharsets.UTF_8);
        // 62.5 written as 62.50 is the same score.
        String padded = text.replaceAll("(\"percent\" : [0-9]+\\.[0-9])", "$10");
        assertThat(padded).isNotEqualTo(text);
        FileReading reading = reader.read(InsightsFixtures.write(dir.resolve("padded.json"), padded));
        assertThat(((FileReading.Read) reading).scoresRecomputed()).isFalse();
    }

    @Test
    void notJson() {
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("notes.json"), "Dear training lead,\n"));
        assertThat(r.reason()).isEqualTo(RejectionReason.NOT_JSON);
        assertThat(r.detail()).contains("not valid JSON").contains("line 1");
    }

    @Test
    void emptyFile() {
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("empty.json"), ""));
        assertThat(r.reason()).isEqualTo(RejectionReason.NOT_JSON);
    }

    @Test
    void notAResult() throws IOException {
        Path questionnaire = dir.resolve("questionnaire.json");
        try (var in = getClass().getResourceAsStream("/questionnaires/gcs-digital-skills.json")) {
            Files.copy(in, questionnaire);
        }
        assertThat(rejected(questionnaire).reason()).isEqualTo(RejectionReason.NOT_A_RESULT);
        FileReading.Rejected other = rejected(InsightsFixtures.write(dir.resolve("other.json"), "{\"name\": \"x\"}"));
        assertThat(other.reason()).isEqualTo(RejectionReason.NOT_A_RESULT);
        assertThat(other.detail()).contains("not a result file");
    }

    @Test
    void newerFormatVersion() throws IOException {
        ObjectNode tree = resultTree().put("formatVersion", 3);
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("v3.dsa.json"), JsonSupport.write(tree)));
        assertThat(r.reason()).isEqualTo(RejectionReason.NEWER_FORMAT);
        assertThat(r.detail()).contains("formatVersion 3").contains("newer than this app reads (2)");
    }

    @Test
    void brokenShape() throws IOException {
        ObjectNode tree = resultTree().put("assessmentId", "not-a-uuid");
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("id.dsa.json"), JsonSupport.write(tree)));
        assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_RESULT);
        assertThat(r.detail()).contains("/assessmentId");
    }

    @Test
    void unknownQuestionnaireVersion() throws IOException {
        ObjectNode tree = resultTree();
        ((ObjectNode) tree.get("questionnaire")).put("version", "2099.1");
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("future.dsa.json"), JsonSupport.write(tree)));
        assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_QUESTIONNAIRE);
        assertThat(r.detail()).contains("gcs-digital-skills 2099.1");
    }

    @Test
    void invalidAnswerNamesTheQuestion() throws IOException {
        ObjectNode tree = resultTree();
        ((ObjectNode) tree.get("answers")).put("planning.start-from-policy", 7);
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("bad.dsa.json"), JsonSupport.write(tree)));
        assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_ANSWER);
        assertThat(r.detail()).contains("planning.start-from-policy").contains("out of range");
    }

    @Test
    void answerToAQuestionThatDoesNotExist() throws IOException {
        ObjectNode tree = resultTree();
        ((ObjectNode) tree.get("answers")).put("planning.made-up", 2);
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("bad.dsa.json"), JsonSupport.write(tree)));
        assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_ANSWER);
        assertThat(r.detail()).contains("planning.made-up");
    }

    @Test
    void pdfWithoutTheAttachment() {
        FileReading.Rejected r = rejected(InsightsFixtures.writePdf(dir.resolve("plain.pdf"), null));
        assertThat(r.reason()).isEqualTo(RejectionReason.NO_ATTACHMENT);
    }

    @Test
    void encryptedPdf() {
        Path locked = InsightsFixtures.copyEncryptedPdf(dir.resolve("locked.pdf"), false);
        assertThat(rejected(locked).reason()).isEqualTo(RejectionReason.ENCRYPTED_PDF);
        Path protectedOnly = InsightsFixtures.copyEncryptedPdf(dir.resolve("protected.pdf"), true);
        FileReading.Rejected r = rejected(protectedOnly);
        assertThat(r.reason()).isEqualTo(RejectionReason.ENCRYPTED_PDF);
        assertThat(r.detail()).contains("unprotected copy");
    }

    @Test
    void damagedPdf() {
        Path pdf = InsightsFixtures.writeDamagedPdf(dir.resolve("cut.pdf"), InsightsFixtures.resultBytes(record));
        assertThat(rejected(pdf).reason()).isEqualTo(RejectionReason.DAMAGED_PDF);
        Path fake = InsightsFixtures.write(dir.resolve("fake.pdf"), "this is not a PDF at all");
        assertThat(rejected(fake).reason()).isEqualTo(RejectionReason.DAMAGED_PDF);
    }

    @Test
    void pdfWhoseAttachmentIsNotAResult() {
        Path pdf = InsightsFixtures.writePdf(dir.resolve("odd.pdf"), "{\"hello\": 1}".getBytes());
        FileReading.Rejected r = rejected(pdf);
        assertThat(r.reason()).isEqualTo(RejectionReason.NOT_A_RESULT);
        assertThat(r.detail()).startsWith("the attached assessment-result.json");
    }

    @Test
    void fileOverTenMegabytes() throws IOException {
        Path big = dir.resolve("big.dsa.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ResultFileReader.MAX_FILE_BYTES + 1);
        }
        FileReading.Rejected r = rejected(big);
        assertThat(r.reason()).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(r.detail()).contains("10 MB");
    }

    @Test
    void deeplyNestedJson() {
        String deep = "{\"format\": \"gcs-digital-skills-result\", \"x\": " + "[".repeat(200) + "]".repeat(200) + "}";
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("deep.json"), deep));
        assertThat(r.reason()).isEqualTo(RejectionReason.TOO_DEEP);
        assertThat(r.detail()).contains("nested");
    }

    @Test
    void missingFile() {
        assertThat(rejected(dir.resolve("gone.json")).reason()).isEqualTo(RejectionReason.UNREADABLE);
    }
    private ResultFileReader readerWithVersion2Fixture() {
        Path folder = dir.resolve("questionnaires");
        Version2Fixture.writeQuestionnaire(folder);
        return new ResultFileReader(ContentLibrary.load(new ContentFiles(), Optional.of(folder)));
    }

    @Test
    void notApplicableWhereTheQuestionnaireDoesNotAllowItIsItsOwnReasonNamingTheQuestion() {
        ObjectNode result = Version2Fixture.completeResult("other");
        ((ObjectNode) result.get("answers")).put("planning.rate-b", "n/a").put("measurement.rate-a", "n/a");
        FileReading reading = readerWithVersion2Fixture().read(
                InsightsFixtures.write(dir.resolve("na.dsa.json"), JsonSupport.write(result)));
        assertThat(reading).isInstanceOf(FileReading.Rejected.class);
        FileReading.Rejected r = (FileReading.Rejected) reading;
        assertThat(r.reason()).isEqualTo(RejectionReason.NOT_APPLICABLE_NOT_ALLOWED);
        assertThat(r.detail()).startsWith("/answers/planning.rate-b: question 'planning.rate-b'")
                .contains("\"n/a\" is not allowed here").doesNotContain("more problem");
    }

    @Test
    void notApplicableWhereAllowedIsImported() {
        ObjectNode result = Version2Fixture.completeResult("press-office");
        ((ObjectNode) result.get("answers")).put("measurement.rate-a", "n/a").put("press-office.rate", "n/a");
        FileReading reading = readerWithVersion2Fixture().read(
                InsightsFixtures.write(dir.resolve("na.dsa.json"), JsonSupport.write(result)));
        assertThat(reading).isInstanceOf(FileReading.Read.class);
    }

    @Test
    void notApplicableOnAKnowledgeItemOfVersionOneIsRefusedTheSameWay() throws IOException {
        ObjectNode tree = resultTree();
        ((ObjectNode) tree.get("answers")).put("planning.scenario-small-announcement", "n/a");
        FileReading.Rejected r = rejected(InsightsFixtures.write(dir.resolve("na.dsa.json"), JsonSupport.write(tree)));
        assertThat(r.reason()).isEqualTo(RejectionReason.NOT_APPLICABLE_NOT_ALLOWED);
        assertThat(r.detail()).contains("planning.scenario-small-announcement")
                .contains("only allowed for scale questions");
    }

    @Test
    void aFileWrittenBeforeThePartsExistedIsReadWithoutAMismatch() throws IOException {
        ObjectNode tree = resultTree();
        JsonNode scores = tree.get("scores");
        assertThat(scores.get("areas").get(0).has("selfRating")).as("the app writes the parts").isTrue();
        scores.get("areas").forEach(a -> ((ObjectNode) a).remove(List.of("selfRating", "knowledge", "calibration")));
        ((ObjectNode) scores.get("overall")).remove(List.of("selfRating", "knowledge"));
        Path file = InsightsFixtures.write(dir.resolve("old.dsa.json"), JsonSupport.write(tree));
        assertThat(new ContentFiles().validate(file, InsightsFixtures.library())).isEmpty();
        FileReading reading = reader.read(file);
        assertThat(reading).isInstanceOf(FileReading.Read.class);
        assertThat(((FileReading.Read) reading).scoresRecomputed()).isFalse();
    }

    @Test
    void storedPartsThatDifferAreRecomputed() throws IOException {
        ObjectNode knowledge = resultTree();
        ((ObjectNode) knowledge.get("scores").get("areas").get(0).get("knowledge")).put("points", 999);
        ObjectNode calibration = resultTree();
        ObjectNode area = (ObjectNode) calibration.get("scores").get("areas").get(0);
        area.put("calibration", "over".equals(area.path("calibration").asText()) ? "under" : "over");
        ObjectNode overall = resultTree();
        ((ObjectNode) overall.get("scores").get("overall").get("selfRating")).put("percent", 0.1);
        for (ObjectNode tree : List.of(knowledge, calibration, overall)) {
            FileReading reading = reader.read(InsightsFixtures.write(dir.resolve("edited.dsa.json"),
                    JsonSupport.write(tree)));
            assertThat(((FileReading.Read) reading).scoresRecomputed()).isTrue();
        }
    }
}
