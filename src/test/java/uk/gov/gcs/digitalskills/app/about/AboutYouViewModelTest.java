package uk.gov.gcs.digitalskills.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.about.AboutYouViewModel.Field;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.SessionFixture;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;

class AboutYouViewModelTest {
    @TempDir
    Path dir;
    private SessionFixture fx;
    private AssessmentSession session;
    private AboutYouViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir);
        session = fx.fresh();
        vm = new AboutYouViewModel(session, fx.messages, fx.routes, false);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void missingAnswersAreListedInTheSummaryAndByEachField() {
        assertThat(vm.submit()).isFalse();

        assertThat(vm.errors()).extracting(AboutYouViewModel.FieldError::field)
                .containsExactly(Field.ROLE, Field.GRADE, Field.ORGANISATION);
        assertThat(vm.errorProperty(Field.ROLE).get()).isEqualTo("Select your role");
        assertThat(vm.errorProperty(Field.NAME).get()).isEmpty();
        assertThat(fx.routes.visits).isEmpty();
        assertThat(session.started()).isFalse();
    }

    @Test
    void otherOrganisationNeedsItsName() {
        vm.roleProperty().set(vm.roles().get(0));
        vm.gradeProperty().set(vm.grades().get(0));
        vm.organisationProperty().set(vm.organisations().get(1));
        assertThat(vm.otherOrganisationShown().get()).isTrue();

        assertThat(vm.submit()).isFalse();
        assertThat(vm.errors()).extracting(AboutYouViewModel.FieldError::field).containsExactly(Field.OTHER_ORGANISATION);

        vm.otherOrganisationProperty().set("  Parish Council ");
        assertThat(vm.submit()).isTrue();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.errorProperty(Field.OTHER_ORGANISATION).get()).isEmpty();
        assertThat(session.respondent()).isEqualTo(new Respondent(null, "press-office", "heo", "Parish Council"));
        assertThat(fx.store.load(session.id()).respondent().organisation()).isEqualTo("Parish Council");
        assertThat(fx.routes.last()).isEqualTo("taskList");
    }

    @Test
    void aNameThatIsTooLongIsAnError() {
        vm.nameProperty().set("x".repeat(101));
        vm.submit();
        assertThat(vm.errorProperty(Field.NAME).get()).isEqualTo("Your name must be 100 characters or fewer");
    }

    @Test
    void showsWhatWasSavedAndReturnsToCheckWhenChangingFromThere() {
        AssessmentSession saved = fx.started();
        saved.updateRespondent(new Respondent("Sam", "press-office", "seo", "My own agency"));
        AboutYouViewModel change = new AboutYouViewModel(saved, fx.messages, fx.routes, true);
        assertThat(change.nameProperty().get()).isEqualTo("Sam");
        assertThat(change.gradeProperty().get().id()).isEqualTo("seo");
        assertThat(change.organisationProperty().get().id()).isEqualTo("other");
        assertThat(change.otherOrganisationProperty().get()).isEqualTo("My own agency");

        change.back();
        assertThat(fx.routes.last()).isEqualTo("checkAnswers");
    }

    @Test
    void backGoesToTheStartBeforeAnythingIsSaved() {
        vm.back();
        assertThat(fx.routes.last()).isEqualTo("start");
    }
}
