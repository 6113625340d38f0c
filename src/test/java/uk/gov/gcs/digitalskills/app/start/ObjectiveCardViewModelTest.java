package uk.gov.gcs.digitalskills.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.review.YearSeed;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
import uk.gov.gcs.digitalskills.testing.InMemoryAssessmentRepository;

class ObjectiveCardViewModelTest {
    private final Messages messages = Messages.english();
    private final RecordingRoutes routes = new RecordingRoutes();

    private ObjectiveCardViewModel card(InMemoryAssessmentRepository store, String today) {
        Clock clock = Clock.fixed(Instant.parse(today + "T09:00:00Z"), ZoneOffset.UTC);
        ObjectiveCardViewModel vm = new ObjectiveCardViewModel(new ImmediateBackground(),
                new ErrorPresenter(messages), store::history, clock, messages, routes);
        vm.load();
        return vm;
    }

    private static InMemoryAssessmentRepository store() {
        return new InMemoryAssessmentRepository(Clock.systemUTC());
    }

    @Test
    void showsThisYearsObjectiveWithItsFiguresBeforeAnyReview() {
        InMemoryAssessmentRepository store = store();
        YearSeed.completedWithObjective(store, LocalDate.of(2026, 5, 10), LocalDate.of(2027, 3, 31));
        ObjectiveCardViewModel.Card card = card(store, "2026-11-21").cardProperty().get();
        assertThat(card.objective()).isEqualTo(YearSeed.OBJECTIVE);
        assertThat(card.figures()).isEqualTo("Baseline: 10,000. Target: 15,000.");
        assertThat(card.progressText()).isEqualTo("No actual figure recorded yet. Add one in your mid-year review.");
        assertThat(card.progress()).isEmpty();
        assertThat(card.midYearAction()).isEqualTo("Add your mid-year review");
        assertThat(card.yearEndAction()).isEqualTo("Add your year-end review");
        assertThat(card.responseAction()).isEqualTo("Add your manager's response");
        assertThat(card.managerText()).isEqualTo("No response from your manager added yet.");
    }

    @Test
    void theLatestFigureIsInWordsAndAsABarAndTheActionsSayChange() {
        InMemoryAssessmentRepository store = store();
        UUID id = YearSeed.completedWithObjective(store, LocalDate.of(2026, 5, 10), LocalDate.of(2027, 3, 31));
        store.saveReview(id, new Review(ReviewStage.MID_YEAR, LocalDate.of(2026, 9, 30),
                Optional.of(new BigDecimal("12500")), ReviewStatus.ON_TRACK, ""));
        store.saveManagerResponse(id, new ManagerResponse("Alex Smith", Optional.of(LocalDate.of(2026, 5, 20)),
                Optional.of(true), "Good objective"));
        ObjectiveCardViewModel.Card card = card(store, "2026-11-21").cardProperty().get();
        assertThat(card.progressText()).isEqualTo("12,500 of 15,000 (from a baseline of 10,000)");
        assertThat(card.progress()).hasValue(0.5);
        assertThat(card.reviews()).containsExactly("Mid-year review, 30 September 2026: On track");
        assertThat(card.managerText()).isEqualTo("Alex Smith agreed this objective.");
        assertThat(card.midYearAction()).isEqualTo("Change your mid-year review");
        assertThat(card.yearEndAction()).isEqualTo("Add your year-end review");
        assertThat(card.responseAction()).isEqualTo("Change your manager's response");

        store.saveReview(id, new Review(ReviewStage.YEAR_END, LocalDate.of(2027, 3, 20),
                Optional.of(new BigDecimal("16000")), ReviewStatus.MET, ""));
        card = card(store, "2027-03-25").cardProperty().get();
        assertThat(card.progressText()).as("the year-end figure is the latest")
                .isEqualTo("16,000 of 15,000 (from a baseline of 10,000)");
        assertThat(card.progress()).as("the bar stops at full").hasValue(1.0);
    }

    @Test
    void onlyAnObjectiveOfTheCurrentPerformanceYearMakesACard() {
        InMemoryAssessmentRepository store = store();
        YearSeed.completedWithObjective(store, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 31));
        YearSeed.completed(store, LocalDate.of(2026, 6, 1));
        assertThat(card(store, "2026-11-21").cardProperty().get()).as("last year's objective, and none this year")
                .isNull();
        assertThat(card(store, "2026-03-31").cardProperty().get()).as("on the last day of that year").isNotNull();
        assertThat(card(store, "2026-04-01").cardProperty().get()).as("from 1 April it is last year's").isNull();
    }

    @Test
    void theNewestOfThisYearsObjectivesIsShown() {
        InMemoryAssessmentRepository store = store();
        YearSeed.completedWithObjective(store, LocalDate.of(2026, 4, 20), LocalDate.of(2027, 3, 31));
        UUID newer = YearSeed.completedWithObjective(store, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31));
        ObjectiveCardViewModel vm = card(store, "2026-11-21");
        assertThat(vm.cardProperty().get().record().assessmentId()).isEqualTo(newer);
        vm.midYear();
        vm.yearEnd();
        vm.managerResponse();
        assertThat(routes.visits).containsExactly("review:MID_YEAR", "review:YEAR_END", "response:START");
        assertThat(routes.lastRecord.assessmentId()).isEqualTo(newer);
    }

    @Test
    void aFailedReadSaysSoAndShowsNoCard() {
        InMemoryAssessmentRepository store = store();
        YearSeed.completedWithObjective(store, LocalDate.of(2026, 5, 10), LocalDate.of(2027, 3, 31));
        store.failFromNow();
        ObjectiveCardViewModel vm = card(store, "2026-11-21");
        assertThat(vm.cardProperty().get()).isNull();
        assertThat(vm.problemProperty().get()).isEqualTo(messages.get("error.db.read"));
    }

    @Test
    void progressRunsFromBaselineToTargetEvenWhenTheTargetIsLower() {
        assertThat(ObjectiveCardViewModel.fraction(new BigDecimal("30"), new BigDecimal("40"), new BigDecimal("20")))
                .hasValue(0.5);
        assertThat(ObjectiveCardViewModel.fraction(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("20")))
                .hasValue(0.0);
        assertThat(ObjectiveCardViewModel.fraction(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN)).isEmpty();
    }
}
