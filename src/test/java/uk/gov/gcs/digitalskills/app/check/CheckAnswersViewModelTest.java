package uk.gov.gcs.digitalskills.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.common.SteppedBackground;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.SessionFixture;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;

class CheckAnswersViewModelTest {
    @TempDir
    Path dir;
    private SessionFixture fx;
    private AssessmentSession session;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir);
        session = fx.started();
        session.record("plan.a", new Answer.ScaleValue(2));
        session.record("plan.b", new Answer.Choice("c"));
        session.record("plan.c", new Answer.Multi(List.of("a", "c")));
        session.record("measure.a", Answer.NOT_APPLICABLE);
        session.record("measure.b", new Answer.ScaleValue(4));
        session.record("online.a", new Answer.ScaleValue(0));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void summarisesEachAnswerInTheWordsChosen() {
        CheckAnswersViewModel vm = new CheckAnswersViewModel(session, fx.messages, fx.routes);
        List<CheckAnswersViewModel.Section> sections = vm.sections();
        assertThat(sections).extracting(CheckAnswersViewModel.Section::areaId)
                .containsExactly("plan", "measure", "online", "press");
        assertThat(sections.get(0).rows()).extracting(CheckAnswersViewModel.Row::answer)
                .containsExactly("Sometimes", "Option 2", "Option 0\nOption 2");
        assertThat(sections.get(1).rows().get(0).answer()).isEqualTo("Not relevant to my role");
        assertThat(sections.get(3).rows().get(0).answer()).isEqualTo("Not answered");
        assertThat(vm.details().get(1)).containsExactly("Your role", "Press office");
        assertThat(vm.canSubmit()).isFalse();
    }

    @Test
    void changeReturnsHereAndEvidenceIsSaved() {
        CheckAnswersViewModel vm = new CheckAnswersViewModel(session, fx.messages, fx.routes);
        vm.change("plan", 1);
        assertThat(fx.routes.last()).isEqualTo("question:plan:1:check");
        vm.evidenceProperty("plan").set("The launch plan for the new service");
        vm.saveEvidence("plan");
        assertThat(fx.store.load(session.id()).evidence()).containsEntry("plan", "The launch plan for the new service");
    }

    @Test
    void submittingCompletesTheAssessmentAndShowsResults() {
        session.record("press.a", new Answer.ScaleValue(3));
        CheckAnswersViewModel vm = new CheckAnswersViewModel(session, fx.messages, fx.routes);
        vm.evidenceProperty("online").set("Moderated the department's channel");
        vm.submit();
        assertThat(fx.routes.last()).isEqualTo("results:journey");
        assertThat(fx.routes.lastRecord.completedAt()).isPresent();
        assertThat(fx.routes.lastRecord.evidence()).containsEntry("online", "Moderated the department's channel");
        assertThat(fx.store.history()).hasSize(1);
        assertThat(fx.store.latestDraft()).isEmpty();
    }

    @Test
    void aFailedSubmitLeavesADraftAndSubmitWorkingAndSaysWhatToDo() {
        session.record("press.a", new Answer.ScaleValue(3));
        CheckAnswersViewModel vm = new CheckAnswersViewModel(session, fx.messages, fx.routes);
        fx.store.close();

        vm.submit();

        assertThat(session.completed()).as("still a draft in memory").isFalse();
        assertThat(session.record().completedAt()).isEmpty();
        assertThat(vm.submittingProperty().get()).as("Submit is enabled again").isFalse();
        assertThat(vm.submitProblemProperty().get()).isEqualTo("Your assessment was not submitted. Your answers are"
                + " kept. Select Submit and see your results to try again; if it fails again, close the app and open"
                + " it again, then continue your assessment.");
        assertThat(fx.routes.visits).as("no results for an assessment that is not saved").isEmpty();
        assertThat(fx.saveErrors).isNotEmpty().allMatch(e -> e instanceof DatabaseException);
    }

    @Test
    void whileTheFinalSaveIsUnderWaySubmitIsOffAndTheSessionNotYetComplete() {
        SteppedBackground background = new SteppedBackground();
        AssessmentSession stepped = AssessmentSession.resume(background, fx.store, SessionFixture.CLOCK,
                fx.saveErrors::add, fx.questionnaire, fx.store.load(session.id()), SessionFixture.CLOCK.instant()
                        .atOffset(java.time.ZoneOffset.UTC));
        stepped.record("press.a", new Answer.ScaleValue(3));
        CheckAnswersViewModel vm = new CheckAnswersViewModel(stepped, fx.messages, fx.routes);

        vm.submit();
        assertThat(vm.submittingProperty().get()).isTrue();
        assertThat(stepped.completed()).isFalse();

        background.runAll();
        assertThat(stepped.completed()).isTrue();
        assertThat(fx.routes.last()).isEqualTo("results:journey");
    }

    @Test
    void afterAFailedSubmitTheSameButtonSubmitsOnceTheStoreWorksAgain() {
        session.record("press.a", new Answer.ScaleValue(3));
        CheckAnswersViewModel vm = new CheckAnswersViewModel(session, fx.messages, fx.routes);
        fx.store.failFromNow();
        vm.submit();
        assertThat(vm.submitProblemProperty().get()).isNotEmpty();

        fx.store.recover();
        vm.submit();

        assertThat(vm.submitProblemProperty().get()).isEmpty();
        assertThat(session.completed()).isTrue();
        assertThat(fx.routes.last()).isEqualTo("results:journey");
        assertThat(fx.store.history()).singleElement().satisfies(r -> assertThat(r.completedAt()).isPresent());
    }
}
