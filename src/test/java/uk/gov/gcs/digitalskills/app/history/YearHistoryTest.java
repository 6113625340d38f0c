package uk.gov.gcs.digitalskills.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.TestContent;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;

/** History's objective outcomes and "Since last year" on Results (issue 13 point 5). */
class YearHistoryTest {
    private final Messages messages = Messages.english();
    private final Formats formats = new Formats(messages, ZoneOffset.UTC);
    private final RecordingRoutes routes = new RecordingRoutes();
    private final Questionnaire q = TestContent.bundled();

    private PastResult past(int strength, LocalDate completed, boolean objective, Optional<ReviewStatus> yearEnd) {
        AssessmentRecord record = new AssessmentRecord(UUID.randomUUID(), q.ref(),
                new Respondent(null, "other", "heo", "cabinet-office"), Optional.empty(),
                Optional.of(OffsetDateTime.of(completed.atTime(12, 0), ZoneOffset.UTC)),
                TestContent.answers(q, "other", Map.of("planning", strength, "objective-setting", strength,
                        "measurement-insight", strength)), Map.of(),
                objective ? Optional.of(new DigitalObjective("t", Map.of(), "Grow sign-ups to 600.", Optional.empty()))
                        : Optional.empty());
        if (yearEnd.isPresent()) {
            record = record.withReview(new Review(ReviewStage.YEAR_END, completed.plusMonths(10),
                    Optional.of(BigDecimal.TEN), yearEnd.get(), ""));
        }
        return new PastResult(record, Optional.of(q));
    }

    @Test
    void eachPastAssessmentSaysHowItsObjectiveEnded() {
        PastResult met = past(3, LocalDate.of(2025, 5, 1), true, Optional.of(ReviewStatus.NOT_MET));
        PastResult open = past(3, LocalDate.of(2024, 5, 1), true, Optional.empty());
        PastResult none = past(3, LocalDate.of(2023, 5, 1), false, Optional.empty());
        HistoryViewModel vm = new HistoryViewModel(new ImmediateBackground(), () -> List.of(met, open, none),
                messages, formats, routes);
        vm.load();
        assertThat(vm.entries()).extracting(HistoryViewModel.Entry::outcome).containsExactly(
                "Objective: Not met", "Objective: No year-end review", "No digital objective");
        assertThat(vm.entries().get(0).responseText()).isEqualTo("Add your manager's response");
        vm.addResponse(vm.entries().get(1));
        assertThat(routes.visits).containsExactly("response:HISTORY");
        assertThat(routes.lastRecord.assessmentId()).isEqualTo(open.record().assessmentId());
    }

    private LastYearViewModel panel(PastResult current, List<PastResult> history) {
        LastYearViewModel vm = new LastYearViewModel(current, () -> history, new ImmediateBackground(),
                new ErrorPresenter(messages), messages, formats, routes);
        vm.load();
        return vm;
    }

    @Test
    void aNewAssessmentInTheNextYearOpensWithLastYearsOutcomeAndTheChangePerArea() {
        PastResult last = past(1, LocalDate.of(2025, 6, 10), true, Optional.of(ReviewStatus.PARTLY_MET));
        PastResult older = past(4, LocalDate.of(2025, 4, 2), false, Optional.empty());
        PastResult now = past(3, LocalDate.of(2026, 4, 15), false, Optional.empty());
        LastYearViewModel.Panel panel = panel(now, List.of(now, last, older)).panelProperty().get();
        assertThat(panel.intro()).isEqualTo("Your last assessment in the previous performance year was on 10 June 2025.");
        assertThat(panel.objective()).isEqualTo("Last year's objective: Grow sign-ups to 600.");
        assertThat(panel.outcome()).isEqualTo("Objective partly met");
        // The same figures as the history screen's comparison of the two.
        List<CompareViewModel.Row> rows = new CompareViewModel(last, now, messages, formats, routes).rows();
        assertThat(panel.changes()).hasSize(rows.size());
        assertThat(panel.changes().get(0)).isEqualTo("Overall: " + rows.get(0).change() + " (now " + rows.get(0).later() + ")");
        assertThat(rows.get(0).change()).startsWith("Up ");
    }

    @Test
    void lastYearWithoutAYearEndReviewSaysSo() {
        PastResult last = past(1, LocalDate.of(2026, 3, 31), true, Optional.empty());
        PastResult now = past(3, LocalDate.of(2026, 4, 1), false, Optional.empty());
        assertThat(panel(now, List.of(now, last)).panelProperty().get().outcome()).isEqualTo("No year-end review");
    }

    @Test
    void thereIsNoPanelWithoutAnAssessmentInThePreviousPerformanceYear() {
        PastResult sameYear = past(1, LocalDate.of(2026, 4, 1), true, Optional.of(ReviewStatus.MET));
        PastResult twoYearsAgo = past(1, LocalDate.of(2025, 3, 31), true, Optional.of(ReviewStatus.MET));
        PastResult now = past(3, LocalDate.of(2026, 9, 1), false, Optional.empty());
        assertThat(panel(now, List.of(now, sameYear, twoYearsAgo)).panelProperty().get()).isNull();
    }
}
