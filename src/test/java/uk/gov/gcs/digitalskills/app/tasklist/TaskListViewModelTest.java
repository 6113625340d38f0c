package uk.gov.gcs.digitalskills.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.session.AreaStatus;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.SessionFixture;
import uk.gov.gcs.digitalskills.core.assessment.Answer;

class TaskListViewModelTest {
    @TempDir
    Path dir;
    private SessionFixture fx;
    private AssessmentSession session;
    private TaskListViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir);
        session = fx.started();
        vm = new TaskListViewModel(session, fx.messages, fx.routes);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void listsTheAreasForTheRoleWithTheirStatusInWords() {
        session.record("plan.a", new Answer.ScaleValue(2));
        session.record("online.a", new Answer.ScaleValue(2));
        assertThat(vm.tasks()).extracting(TaskListViewModel.Task::areaId)
                .containsExactly("plan", "measure", "online", "press");
        assertThat(vm.tasks()).extracting(TaskListViewModel.Task::statusText)
                .containsExactly("In progress", "Not started", "Completed", "Not started");
        assertThat(vm.progress()).isEqualTo("You have completed 1 of 4 sections.");
        assertThat(vm.canCheck()).isFalse();
        vm.check();
        assertThat(fx.routes.visits).isEmpty();
    }

    @Test
    void openingAnAreaGoesToItsFirstUnansweredQuestion() {
        session.record("plan.a", new Answer.ScaleValue(2));
        vm.open("plan");
        assertThat(fx.routes.last()).isEqualTo("question:plan:1");
        vm.open("measure");
        assertThat(fx.routes.last()).isEqualTo("question:measure:0");
    }

    @Test
    void checkingBecomesAvailableWhenEveryAreaIsComplete() {
        session.record("plan.a", new Answer.ScaleValue(2));
        session.record("plan.b", new Answer.Choice("a"));
        session.record("plan.c", new Answer.Multi(List.of("a")));
        session.record("measure.a", Answer.NOT_APPLICABLE);
        session.record("measure.b", new Answer.ScaleValue(4));
        session.record("online.a", new Answer.ScaleValue(0));
        session.record("press.a", new Answer.ScaleValue(1));
        assertThat(vm.tasks()).allMatch(t -> t.status() == AreaStatus.COMPLETED);
        assertThat(vm.canCheck()).isTrue();
        vm.check();
        assertThat(fx.routes.last()).isEqualTo("checkAnswers");
    }
}
