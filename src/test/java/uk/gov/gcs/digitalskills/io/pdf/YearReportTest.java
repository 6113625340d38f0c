package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
import uk.gov.gcs.digitalskills.io.json.ResultJson;

/** The appraisal PDF through the performance year (issue 13): reviews, the manager's response, the year-end title. */
class YearReportTest {
    private static final AppraisalReport REPORT = new AppraisalReport("1.2.3");
    private static final ManagerResponse RESPONSE = new ManagerResponse("Zoë O’Brien",
            Optional.of(LocalDate.of(2026, 11, 25)), Optional.of(true), "Agreed.\nReview the figures in May.");
    private static final Review MID = new Review(ReviewStage.MID_YEAR, LocalDate.of(2026, 9, 30),
            Optional.of(new BigDecimal("12500")), ReviewStatus.BEHIND, "The summer was slow.");
    private static final Review END = new Review(ReviewStage.YEAR_END, LocalDate.of(2027, 3, 20),
            Optional.of(new BigDecimal("14200")), ReviewStatus.PARTLY_MET, "Nearly there.");
    private static byte[] midYearPdf;
    private static byte[] yearEndPdf;

    @BeforeAll
    static void write() throws Exception {
        AssessmentRecord mid = ReportFixtures.fullRecord().withManager(Optional.of(RESPONSE)).withReview(MID);
        midYearPdf = bytes(mid);
        yearEndPdf = bytes(mid.withReview(END));
    }

    private static byte[] bytes(AssessmentRecord record) {
        ScoredResult scored = ReportFixtures.scored(record);
        return REPORT.toBytes(scored, record.objective().flatMap(o -> ReportFixtures.toolkit().template(o.templateId())),
                ResultJson.toBytes(record, scored.scores()));
    }

    @Test
    void bothStillPassVeraPdfUa1() throws Exception {
        assertThat(PdfChecks.pdfUaFailures(midYearPdf)).isEmpty();
        assertThat(PdfChecks.pdfUaFailures(yearEndPdf)).isEmpty();
    }

    @Test
    void theCheckpointRowsShowTheReviewsInWords() throws Exception {
        String text = PdfChecks.text(yearEndPdf).replaceAll("\\s+", " ");
        assertThat(text).contains("30 September 2026", "Status: Behind", "Actual figure: 12,500", "The summer was slow.",
                "20 March 2027", "Status: Partly met", "Actual figure: 14,200", "Nearly there.");
        String mid = PdfChecks.text(midYearPdf).replaceAll("\\s+", " ");
        assertThat(mid).contains("Status: Behind").doesNotContain("Status: Partly met");
    }

    @Test
    void afterTheYearEndReviewItIsTitledAsThatReviewWithTheOutcomeInWords() throws Exception {
        String text = PdfChecks.text(yearEndPdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Year-end review: digital objective", "Objective partly met (reviewed on 20 March 2027)",
                "At the year-end review on 20 March 2027, the objective was partly met, with an actual figure of 14,200.");
        try (PdfDocument pdf = PdfChecks.open(yearEndPdf)) {
            assertThat(pdf.getDocumentInfo().getTitle()).isEqualTo("Year-end review: Alex Morgan");
        }
        String before = PdfChecks.text(midYearPdf).replaceAll("\\s+", " ");
        assertThat(before).doesNotContain("Year-end review: digital objective").contains("Digital skills assessment");
        try (PdfDocument pdf = PdfChecks.open(midYearPdf)) {
            assertThat(pdf.getDocumentInfo().getTitle()).isEqualTo("Digital skills assessment: Alex Morgan");
        }
    }

    @Test
    void theManagersFieldsArePrefilledAndStillEditable() throws Exception {
        try (PdfDocument pdf = PdfChecks.open(yearEndPdf)) {
            Map<String, PdfFormField> fields = PdfAcroForm.getAcroForm(pdf, false).getAllFormFields();
            assertThat(fields.get("manager-name").getValueAsString()).isEqualTo("Zoë O’Brien");
            assertThat(fields.get("manager-date").getValueAsString()).isEqualTo("25 November 2026");
            assertThat(fields.get("manager-comments").getValueAsString().replace("\r", "\n"))
                    .isEqualTo("Agreed.\nReview the figures in May.");
            assertThat(fields.get("objective-agreed").getValueAsString()).isEqualTo("objective-agreed-yes");
            assertThat(fields.get("manager-name").isReadOnly()).isFalse();
            assertThat(fields.get("manager-comments").isReadOnly()).isFalse();
        }
    }

    @Test
    void aPrefilledPdfReadsBackAsTheSameResponse(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("year-end.pdf"), yearEndPdf);
        ManagerResponseReader.Returned back = new ManagerResponseReader().read(pdf);
        assertThat(back.assessmentId()).isEqualTo(ReportFixtures.ID);
        assertThat(back.manager()).isEqualTo(RESPONSE);
    }

    @Test
    void theEmbeddedResultIsVersion2WithTheReviewsAndTheResponseExactlyAsTyped(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("year-end.pdf"), yearEndPdf);
        String json = new String(EmbeddedResult.read(pdf), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"formatVersion\" : 2").contains("\"partly-met\"", "\"behind\"", "Zoë O’Brien");
    }

    @Test
    void aDisagreementIsPrefilledAsNo() throws Exception {
        AssessmentRecord record = ReportFixtures.fullRecord().withManager(Optional.of(new ManagerResponse("Sam",
                Optional.empty(), Optional.of(false), "")));
        try (PdfDocument pdf = PdfChecks.open(bytes(record))) {
            Map<String, PdfFormField> fields = PdfAcroForm.getAcroForm(pdf, false).getAllFormFields();
            assertThat(fields.get("objective-agreed").getValueAsString()).isEqualTo("objective-agreed-no");
            assertThat(fields.get("manager-date").getValueAsString()).isEmpty();
        }
    }

    @Test
    void charactersTheFontLacksInTheManagersTextOrANoteDegradeAndTheReportStaysValid(@TempDir Path dir)
            throws Exception {
        AssessmentRecord record = ReportFixtures.fullRecord()
                .withManager(Optional.of(new ManagerResponse("王 Zoë", Optional.empty(), Optional.empty(), "好")))
                .withReview(new Review(ReviewStage.YEAR_END, LocalDate.of(2027, 3, 20), Optional.empty(),
                        ReviewStatus.MET, "Done 😀"));
        byte[] pdf = bytes(record);
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf)).contains("Done ?", "No actual figure given.");
        try (PdfDocument document = PdfChecks.open(pdf)) {
            assertThat(PdfAcroForm.getAcroForm(document, false).getField("manager-name").getValueAsString())
                    .isEqualTo("? Zoë");
        }
        String embedded = new String(EmbeddedResult.read(Files.write(dir.resolve("r.pdf"), pdf)),
                java.nio.charset.StandardCharsets.UTF_8);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(embedded);
        assertThat(tree.path("manager").path("name").asText()).as("the embedded result keeps what was typed")
                .isEqualTo("王 Zoë");
        assertThat(tree.path("reviews").get(0).path("note").asText()).isEqualTo("Done 😀");
    }
}
