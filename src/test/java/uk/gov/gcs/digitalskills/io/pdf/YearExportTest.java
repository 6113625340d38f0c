package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;

/** The appraisal PDF embeds the result as version 2, with the manager's response and the reviews exactly as kept. */
class YearExportTest {
    @TempDir
    Path dir;

    private final AssessmentRecord record = ReportFixtures.fullRecord()
            .withManager(Optional.of(new ManagerResponse("Siân Ó Briain 王", Optional.of(LocalDate.of(2027, 4, 20)),
                    Optional.of(true), "Agreed.\nSee you in October.")))
            .withReview(new Review(ReviewStage.MID_YEAR, LocalDate.of(2027, 10, 1), Optional.of(new BigDecimal("640")),
                    ReviewStatus.ON_TRACK, "Half way 王"));

    @Test
    void theEmbeddedResultKeepsTheResponseAndReviewsExactly() throws Exception {
        Path pdf = dir.resolve("year.pdf");
        new AppraisalExport("test", ReportFixtures.library()).writePdf(ReportFixtures.scored(record), pdf);

        AssessmentRecord embedded = new ContentFiles().readResult(new ByteArrayInputStream(EmbeddedResult.read(pdf)),
                EmbeddedResult.NAME);
        assertThat(embedded.manager()).isEqualTo(record.manager());
        assertThat(embedded.reviews()).isEqualTo(record.reviews());
    }

    @Test
    void thePrintableCopyKeepsThemWithOnlyUndrawableCharactersReplaced() {
        ScoredResult shown = PrintableText.of(ReportFixtures.scored(record));
        assertThat(shown.record().manager()).hasValueSatisfying(m -> {
            assertThat(m.name()).startsWith("Siân Ó Briain ").doesNotContain("王");
            assertThat(m.comments()).isEqualTo("Agreed.\nSee you in October.");
            assertThat(m.agreed()).contains(true);
        });
        assertThat(shown.record().reviews()).singleElement().satisfies(r -> {
            assertThat(r.note()).startsWith("Half way ").doesNotContain("王");
            assertThat(r.actual()).contains(new BigDecimal("640"));
        });
    }
}
