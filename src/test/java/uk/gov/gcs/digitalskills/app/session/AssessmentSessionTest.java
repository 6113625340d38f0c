package uk.gov.gcs.digitalskills.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;

class AssessmentSessionTest {
    @TempDir
    Path dir;
    private SessionFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void nothingIsSavedUntilAboutYouIsAnswered() {
        AssessmentSession session = fx.fresh();
        assertThat(session.started()).isFalse();
        assertThat(fx.store.latestDraft()).isEmpty();

        session.updateRespondent(new Respondent(null, "press-office", "heo", "co"));

        assertThat(session.started()).isTrue();
        assertThat(fx.store.load(session.id()).respondent().role()).isEqualTo("press-office");
    }

    @Test
    void everyAnswerIsInTheStoreAsSoonAsItIsChosen() {
        AssessmentSession session = fx.started();
        session.record("plan.a", new Answer.ScaleValue(3));
        assertThat(fx.store.load(session.id()).answers()).containsEntry("plan.a", new Answer.ScaleValue(3));
        session.record("plan.c", new Answer.Multi(List.of("a")));
        session.record("plan.c", new Answer.Multi(List.of()));
        assertThat(fx.store.load(session.id()).answers()).doesNotContainKey("plan.c");
        assertThat(fx.saveErrors).isEmpty();
    }

    @Test
    void theListenerHearsOfEveryGoodSaveAndOfAFailure() {
        List<String> heard = new java.util.ArrayList<>();
        AssessmentSession.SaveListener listener = new AssessmentSession.SaveListener() {
            @Override
            public void failed(Throwable error) {
                heard.add("failed " + error.getClass().getSimpleName());
            }

            @Override
            public void saved() {
                heard.add("saved");
            }
        };
        AssessmentSession session = AssessmentSession.fresh(fx.background, fx.store, SessionFixture.CLOCK, listener,
                fx.questionnaire);
        session.updateRespondent(new Respondent("Sam", "press-office", "heo", "co"));
        session.record("plan.a", new Answer.ScaleValue(3));
        assertThat(heard).containsExactly("saved", "saved");

        fx.store.close();
        session.record("plan.a", new Answer.ScaleValue(1));
        assertThat(heard).containsExactly("saved", "saved", "failed DatabaseException");
    }

    @Test
    void areasFollowTheRoleAndStatusFollowsTheAnswers() {
        AssessmentSession session = fx.started();
        assertThat(session.areas()).extracting(a -> a.id()).containsExactly("plan", "measure", "online", "press");
        assertThat(session.status(session.area("plan"))).isEqualTo(AreaStatus.NOT_STARTED);
        session.record("plan.a", new Answer.ScaleValue(3));
        assertThat(session.status(session.area("plan"))).isEqualTo(AreaStatus.IN_PROGRESS);
        assertThat(session.firstOpenIndex(session.area("plan"))).isEqualTo(1);
        session.record("plan.b", new Answer.Choice("c"));
        session.record("plan.c", new Answer.Multi(List.of("a", "b")));
        assertThat(session.status(session.area("plan"))).isEqualTo(AreaStatus.COMPLETED);
        assertThat(session.firstOpenIndex(session.area("plan"))).isZero();
        assertThat(session.answeredQuestions()).isEqualTo(3);
        assertThat(session.totalQuestions()).isEqualTo(7);
        assertThat(session.allComplete()).isFalse();
    }

    @Test
    void aResumedDraftCarriesOnWhereItStopped() {
        AssessmentSession first = fx.started();
        first.record("plan.a", new Answer.ScaleValue(1));
        first.saveEvidence("plan", "I wrote a plan");

        AssessmentRecord draft = fx.store.latestDraft().orElseThrow().record();
        AssessmentSession resumed = AssessmentSession.resume(fx.background, fx.store, SessionFixture.CLOCK,
                fx.saveErrors::add, fx.questionnaire, draft, SessionFixture.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC));

        assertThat(resumed.id()).isEqualTo(first.id());
        assertThat(resumed.answer("plan.a")).contains(new Answer.ScaleValue(1));
        assertThat(resumed.evidence("plan")).isEqualTo("I wrote a plan");
        assertThat(resumed.started()).isTrue();
    }

    @Test
    void completingStoresTheTimeAndHandsBackTheRecord() {
        AssessmentSession session = fx.started();
        AssessmentRecord[] done = new AssessmentRecord[1];
        session.complete(record -> done[0] = record, error -> { });
        assertThat(done[0].completedAt()).contains(SessionFixture.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC));
        assertThat(fx.store.history()).hasSize(1);
        assertThat(session.completed()).isTrue();
    }

    @Test
    void aFailedSaveIsReportedNotSwallowed() {
        AssessmentSession session = fx.started();
        fx.store.close();
        session.record("plan.a", new Answer.ScaleValue(2));
        assertThat(fx.saveErrors).hasSize(1);
    }
}
