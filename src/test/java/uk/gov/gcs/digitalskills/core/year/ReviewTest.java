package uk.gov.gcs.digitalskills.core.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;

class ReviewTest {
    private static final LocalDate DAY = LocalDate.of(2027, 10, 1);

    @Test
    void eachStageAllowsOnlyItsOwnStatuses() {
        assertThat(ReviewStage.MID_YEAR.statuses()).containsExactly(ReviewStatus.ON_TRACK, ReviewStatus.BEHIND);
        assertThat(ReviewStage.YEAR_END.statuses())
                .containsExactly(ReviewStatus.MET, ReviewStatus.PARTLY_MET, ReviewStatus.NOT_MET);
        assertThat(ReviewStage.MID_YEAR.allows(ReviewStatus.MET)).isFalse();
        assertThat(ReviewStage.YEAR_END.allows(ReviewStatus.ON_TRACK)).isFalse();
        assertThat(ReviewStage.YEAR_END.allows(null)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ReviewStatus.class)
    void aReviewRefusesAStatusItsStageDoesNotAllow(ReviewStatus status) {
        for (ReviewStage stage : ReviewStage.values()) {
            if (stage.allows(status)) {
                assertThat(new Review(stage, DAY, Optional.empty(), status, "").status()).isEqualTo(status);
            } else {
                assertThatThrownBy(() -> new Review(stage, DAY, Optional.empty(), status, ""))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(status.code());
            }
        }
    }

    @Test
    void codesAreTheResultFilesSpelling() {
        assertThat(ReviewStage.fromCode("mid-year")).contains(ReviewStage.MID_YEAR);
        assertThat(ReviewStage.fromCode("year-end")).contains(ReviewStage.YEAR_END);
        assertThat(ReviewStage.fromCode("Mid-year")).isEmpty();
        assertThat(ReviewStatus.fromCode("partly-met")).contains(ReviewStatus.PARTLY_MET);
        assertThat(ReviewStatus.fromCode("on-track")).contains(ReviewStatus.ON_TRACK);
        assertThat(ReviewStatus.fromCode("done")).isEmpty();
    }

    @Test
    void aNoteMayHaveAThousandCharactersCountingAccentedLettersAndEmojiOnce() {
        String thousand = "é".repeat(500) + "\uD83D\uDE00".repeat(500);
        assertThat(Review.noteTooLong(thousand)).isFalse();
        assertThat(new Review(ReviewStage.MID_YEAR, DAY, Optional.empty(), ReviewStatus.BEHIND, thousand).note())
                .isEqualTo(thousand);
        assertThat(Review.noteTooLong(thousand + "a")).isTrue();
        assertThatThrownBy(() -> new Review(ReviewStage.MID_YEAR, DAY, Optional.empty(), ReviewStatus.BEHIND,
                thousand + "a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Review(ReviewStage.MID_YEAR, DAY, null, ReviewStatus.BEHIND, null).note()).isEmpty();
    }

    @Test
    void theActualFigureIsKeptByValueWithoutTrailingDecimalZeros() {
        assertThat(review("1520.50").actual()).contains(new BigDecimal("1520.5"));
        assertThat(review("640").actual()).contains(new BigDecimal("640"));
        assertThat(review("640.00").actual()).contains(new BigDecimal("640"));
        assertThat(review("6.4E+2").actual()).contains(new BigDecimal("640"));
        assertThat(review("0.000").actual()).contains(BigDecimal.ZERO);
        assertThat(review("-3.10").actual()).contains(new BigDecimal("-3.1"));
    }

    private static Review review(String actual) {
        return new Review(ReviewStage.MID_YEAR, DAY, Optional.of(new BigDecimal(actual)), ReviewStatus.ON_TRACK, "");
    }

    @Test
    void aRecordKeepsOneReviewPerStageInStageOrderAndReplacesByStage() {
        Review yearEnd = new Review(ReviewStage.YEAR_END, DAY.plusMonths(6), Optional.of(new BigDecimal("1200")),
                ReviewStatus.MET, "Done");
        Review mid = new Review(ReviewStage.MID_YEAR, DAY, Optional.of(new BigDecimal("600.5")),
                ReviewStatus.ON_TRACK, "Half way");
        AssessmentRecord record = new AssessmentRecord(UUID.randomUUID(), new QuestionnaireRef("q", "1"),
                Respondent.ANONYMOUS, Optional.empty(),
                Optional.of(OffsetDateTime.of(2027, 4, 20, 9, 0, 0, 0, ZoneOffset.UTC)), Map.of(), Map.of(),
                Optional.empty(), Optional.empty(), List.of(yearEnd, mid));

        assertThat(record.reviews()).containsExactly(mid, yearEnd);
        Review later = new Review(ReviewStage.MID_YEAR, DAY.plusDays(3), Optional.empty(), ReviewStatus.BEHIND, "");
        assertThat(record.withReview(later).reviews()).containsExactly(later, yearEnd);
        assertThat(record.withReview(later).review(ReviewStage.MID_YEAR)).contains(later);
        assertThatThrownBy(() -> new AssessmentRecord(record.assessmentId(), record.questionnaire(),
                Respondent.ANONYMOUS, Optional.empty(), Optional.empty(), Map.of(), Map.of(), Optional.empty(),
                Optional.empty(), List.of(mid, later))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mid-year");
    }

    @Test
    void anOldStyleRecordHasNoResponseAndNoReviews() {
        AssessmentRecord record = new AssessmentRecord(UUID.randomUUID(), new QuestionnaireRef("q", "1"),
                Respondent.ANONYMOUS, Optional.empty(), Optional.empty(), Map.of(), Map.of(), Optional.empty());
        assertThat(record.manager()).isEmpty();
        assertThat(record.reviews()).isEmpty();
        ManagerResponse response = new ManagerResponse("Siân Ó Briain", Optional.of(DAY), Optional.of(true), "Yes");
        assertThat(record.withManager(Optional.of(response)).manager()).contains(response);
    }

    @Test
    void aResponseWithNothingFilledInIsEmpty() {
        assertThat(new ManagerResponse(null, null, null, null).isEmpty()).isTrue();
        assertThat(new ManagerResponse("  ", Optional.empty(), Optional.empty(), "\n").isEmpty()).isTrue();
        assertThat(new ManagerResponse("", Optional.empty(), Optional.of(false), "").isEmpty()).isFalse();
        assertThat(new ManagerResponse("", Optional.empty(), Optional.empty(), "Talk to me").isEmpty()).isFalse();
    }
}
