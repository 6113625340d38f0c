package uk.gov.gcs.digitalskills.app.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.SessionFixture;
import uk.gov.gcs.digitalskills.core.assessment.Answer;

class QuestionViewModelTest {
    @TempDir
    Path dir;
    private SessionFixture fx;
    private AssessmentSession session;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir);
        session = fx.started();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private QuestionViewModel question(String area, int index, boolean fromCheck) {
        return new QuestionViewModel(session, fx.messages, fx.routes, area, index, fromCheck);
    }

    @Test
    void captionAndProgressSayWhereYouAre() {
        QuestionViewModel vm = question("plan", 1, false);
        assertThat(vm.caption()).isEqualTo("Question 2 of 3 · Title plan");
        assertThat(vm.progressText()).isEqualTo("0 of 7 questions answered");
        session.record("plan.a", new Answer.ScaleValue(1));
        assertThat(question("plan", 1, false).progress()).isEqualTo(1.0 / 7);
    }

    @Test
    void digitsPickTheNthScaleOptionAndNPicksNotRelevant() {
        QuestionViewModel vm = question("plan", 0, false);
        assertThat(vm.options()).hasSize(5);
        assertThat(vm.key("4")).isTrue();
        assertThat(vm.selection().get()).containsExactly(3);
        assertThat(fx.store.load(session.id()).answers()).containsEntry("plan.a", new Answer.ScaleValue(3));

        assertThat(vm.key("n")).isTrue();
        assertThat(vm.selection().get()).containsExactly(QuestionViewModel.NOT_APPLICABLE);
        assertThat(session.answer("plan.a")).contains(Answer.NOT_APPLICABLE);

        assertThat(vm.key("6")).isFalse();
        assertThat(vm.key("0")).isFalse();
        assertThat(vm.key("x")).isFalse();
    }

    @Test
    void notRelevantIsNotOfferedForScenarioQuestions() {
        QuestionViewModel vm = question("plan", 1, false);
        assertThat(vm.notApplicableLabel()).isEmpty();
        assertThat(vm.key("n")).isFalse();
        vm.key("3");
        assertThat(session.answer("plan.b")).contains(new Answer.Choice("c"));
    }

    @Test
    void digitsToggleOptionsOfSelectAllThatApply() {
        QuestionViewModel vm = question("plan", 2, false);
        assertThat(vm.multiple()).isTrue();
        vm.key("3");
        vm.key("1");
        assertThat(session.answer("plan.c")).contains(new Answer.Multi(List.of("a", "c")));
        vm.key("3");
        assertThat(vm.selection().get()).isEqualTo(Set.of(0));
        vm.key("1");
        assertThat(session.answer("plan.c")).isEmpty();
        assertThat(fx.store.load(session.id()).answers()).doesNotContainKey("plan.c");
    }

    @Test
    void continueWithoutAnAnswerIsAnErrorNotASkip() {
        QuestionViewModel vm = question("plan", 0, false);
        assertThat(vm.continueOn()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Select an answer");
        assertThat(fx.routes.visits).isEmpty();
        vm.choose(2);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.continueOn()).isTrue();
        assertThat(fx.routes.last()).isEqualTo("question:plan:1");
    }

    @Test
    void theLastQuestionOfAnAreaLeadsBackToTheTaskListAndChangesLeadBackToCheck() {
        QuestionViewModel last = question("measure", 1, false);
        last.choose(0);
        last.continueOn();
        assertThat(fx.routes.last()).isEqualTo("taskList");

        QuestionViewModel change = question("plan", 1, true);
        change.choose(0);
        change.continueOn();
        assertThat(fx.routes.last()).isEqualTo("checkAnswers");
        change.back();
        assertThat(fx.routes.last()).isEqualTo("checkAnswers");
    }

    @Test
    void backGoesToThePreviousQuestionOrTheTaskList() {
        question("plan", 2, false).back();
        assertThat(fx.routes.last()).isEqualTo("question:plan:1");
        question("plan", 0, false).back();
        assertThat(fx.routes.last()).isEqualTo("taskList");
    }

    @Test
    void showsTheSavedAnswerWhenComingBack() {
        session.record("plan.b", new Answer.Choice("b"));
        session.record("plan.c", new Answer.Multi(List.of("b", "c")));
        assertThat(question("plan", 1, false).selection().get()).containsExactly(1);
        assertThat(question("plan", 2, false).selection().get()).containsExactlyInAnyOrder(1, 2);
    }
}
