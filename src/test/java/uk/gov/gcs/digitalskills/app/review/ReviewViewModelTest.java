package uk.gov.gcs.digitalskills.app.review;

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
import uk.gov.gcs.digitalskills.app.common.SteppedBackground;
import uk.gov.gcs.digitalskills.app.review.ReviewViewModel.Field;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.testing.InMemoryAssessmentRepository;

class ReviewViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-02T09:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.english();
    private final InMemoryAssessmentRepository store = new InMemoryAssessmentRepository(CLOCK);
    private final RecordingRoutes routes = new RecordingRoutes();
    private final ImmediateBackground background = new ImmediateBackground();
    private final UUID id = YearSeed.completedWithObjective(store, LocalDate.of(2026, 5, 10), LocalDate.of(2027, 3, 31));

    private ReviewViewModel form(ReviewStage stage) {
        return new ReviewViewModel(store.load(id), stage, store, background, new ErrorPresenter(messages), CLOCK,
                messages, routes);
    }

    @Test
    void startsWithTodayAndOffersOnlyTheStatusesOfItsStage() {
        ReviewViewModel mid = form(ReviewStage.MID_YEAR);
        assertThat(mid.dateProperty().get()).isEqualTo("02/10/2026");
        assertThat(mid.heading()).isEqualTo("Add your mid-year review");
        assertThat(mid.statuses()).containsExactly(ReviewStatus.ON_TRACK, ReviewStatus.BEHIND);
        assertThat(mid.statuses().stream().map(mid::statusText)).containsExactly("On track", "Behind");
        ReviewViewModel end = form(ReviewStage.YEAR_END);
        assertThat(end.statuses().stream().map(end::statusText)).containsExactly("Met", "Partly met", "Not met");
        assertThat(end.statusQuestion()).isEqualTo("Did you meet your objective?");
    }

    @Test
    void savesAMidYearReviewAndReturnsToStart() {
        ReviewViewModel vm = form(ReviewStage.MID_YEAR);
        vm.dateProperty().set("30 September 2026");
        vm.actualProperty().set("12,500");
        vm.statusProperty().set(ReviewStatus.ON_TRACK);
        vm.noteProperty().set("  The autumn campaign helped.  ");
        assertThat(vm.save()).isTrue();
        assertThat(store.load(id).reviews()).containsExactly(new Review(ReviewStage.MID_YEAR,
                LocalDate.of(2026, 9, 30), Optional.of(new BigDecimal("12500")), ReviewStatus.ON_TRACK,
                "The autumn campaign helped."));
        assertThat(background.lanes()).contains(uk.gov.gcs.digitalskills.app.common.Background.Lane.SAVES);
        assertThat(routes.visits).containsExactly("start");
        assertThat(routes.saves).as("a good save clears an earlier failed save's banner").isEqualTo(1);
    }

    @Test
    void eachMistakeIsInTheSummaryAndByItsField() {
        ReviewViewModel vm = form(ReviewStage.YEAR_END);
        vm.dateProperty().set("31/02/2027");
        vm.actualProperty().set("about twelve thousand");
        vm.noteProperty().set("x".repeat(1001));
        assertThat(vm.save()).isFalse();
        assertThat(vm.errors()).extracting(ReviewViewModel.FieldError::message).containsExactly(
                "Enter the date of the review as a real date, such as 30/09/2027",
                "Enter the actual figure as a number, such as 12,500",
                "Select whether you met your objective",
                "Your note must be 1,000 characters or fewer");
        assertThat(vm.errorProperty(Field.ACTUAL).get()).isEqualTo("Enter the actual figure as a number, such as 12,500");
        assertThat(vm.noteCount().get()).isEqualTo("You have 1 character too many");
        assertThat(store.load(id).reviews()).isEmpty();
        assertThat(routes.visits).isEmpty();

        vm.dateProperty().set("");
        vm.actualProperty().set("");
        vm.noteProperty().set("");
        vm.statusProperty().set(ReviewStatus.PARTLY_MET);
        assertThat(vm.save()).isFalse();
        assertThat(vm.errors()).extracting(ReviewViewModel.FieldError::message)
                .containsExactly("Enter the date of the review");
        assertThat(vm.errorProperty(Field.NOTE).get()).isEmpty();
    }

    @Test
    void aDateInTheFutureIsAMistakeAndAnEmptyFigureIsNot() {
        ReviewViewModel vm = form(ReviewStage.MID_YEAR);
        vm.dateProperty().set("2026-10-03");
        vm.statusProperty().set(ReviewStatus.BEHIND);
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty(Field.DATE).get()).isEqualTo("The date of the review must be today or in the past");
        vm.dateProperty().set("2026-10-02");
        assertThat(vm.save()).isTrue();
        assertThat(store.load(id).review(ReviewStage.MID_YEAR).orElseThrow().actual()).isEmpty();
    }

    @Test
    void aStatusOfTheOtherStageIsNotAccepted() {
        ReviewViewModel vm = form(ReviewStage.MID_YEAR);
        vm.statusProperty().set(ReviewStatus.MET);
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty(Field.STATUS).get()).isEqualTo("Select whether your objective is on track or behind");
    }

    @Test
    void aSavedReviewOpensFilledInAndSavingAgainChangesIt() {
        store.saveReview(id, new Review(ReviewStage.MID_YEAR, LocalDate.of(2026, 9, 30),
                Optional.of(new BigDecimal("12500")), ReviewStatus.BEHIND, "Slow summer"));
        ReviewViewModel vm = form(ReviewStage.MID_YEAR);
        assertThat(vm.heading()).isEqualTo("Change your mid-year review");
        assertThat(vm.dateProperty().get()).isEqualTo("30/09/2026");
        assertThat(vm.actualProperty().get()).isEqualTo("12,500");
        assertThat(vm.statusProperty().get()).isEqualTo(ReviewStatus.BEHIND);
        assertThat(vm.noteProperty().get()).isEqualTo("Slow summer");
        vm.statusProperty().set(ReviewStatus.ON_TRACK);
        assertThat(vm.save()).isTrue();
        assertThat(store.load(id).reviews()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReviewStatus.ON_TRACK));
    }

    @Test
    void aFailedSaveSaysSoAndKeepsWhatWasTyped() {
        SteppedBackground stepped = new SteppedBackground();
        ReviewViewModel vm = new ReviewViewModel(store.load(id), ReviewStage.MID_YEAR, store, stepped,
                new ErrorPresenter(messages), CLOCK, messages, routes);
        vm.actualProperty().set("12,500");
        vm.statusProperty().set(ReviewStatus.ON_TRACK);
        vm.noteProperty().set("Going well");
        assertThat(vm.save()).isTrue();
        assertThat(vm.savingProperty().get()).isTrue();
        stepped.failNext(new DatabaseException(DatabaseException.Kind.WRITE, new IllegalStateException("disk")));
        assertThat(vm.savingProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo(messages.get("error.db.write"));
        assertThat(vm.problemDetailsProperty().get()).contains("disk");
        assertThat(vm.actualProperty().get()).isEqualTo("12,500");
        assertThat(vm.noteProperty().get()).isEqualTo("Going well");
        assertThat(routes.visits).isEmpty();
        assertThat(routes.saves).isZero();

        // A failure with no reason of its own gets the form's sentence.
        assertThat(vm.save()).isTrue();
        stepped.failNext(new IllegalStateException("something else"));
        assertThat(vm.problemProperty().get()).isEqualTo(messages.get("review.error.save"));
        assertThat(vm.save()).isTrue();
        stepped.runNext();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(routes.visits).containsExactly("start");
    }
}
