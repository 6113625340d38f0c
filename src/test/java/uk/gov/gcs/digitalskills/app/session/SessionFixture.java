package uk.gov.gcs.digitalskills.app.session;

import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.forRole;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.multiQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.nonCore;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Profile;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires;
import uk.gov.gcs.digitalskills.testing.InMemoryAssessmentRepository;

/** A small questionnaire, an in-memory store, synchronous background: for ViewModel tests, with no database. */
public final class SessionFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    public final Questionnaire questionnaire;
    public final InMemoryAssessmentRepository store = new InMemoryAssessmentRepository(CLOCK);
    public final Messages messages = Messages.english();
    public final Formats formats = new Formats(messages, ZoneOffset.UTC);
    public final RecordingRoutes routes = new RecordingRoutes();
    public final ImmediateBackground background = new ImmediateBackground();
    public final List<Throwable> saveErrors = new java.util.ArrayList<>();

    /** The folder is no longer used (nothing is written to disk); kept so existing tests read the same. */
    public SessionFixture(Path dir) {
        this();
    }

    public SessionFixture() {
        Questionnaire base = TestQuestionnaires.questionnaire(
                core("plan", scaleQ("plan.a"), choiceQ("plan.b", 0, 2, 4), multiQ("plan.c", true, true, false)),
                core("measure", scaleQ("measure.a"), scaleQ("measure.b")),
                nonCore("online", scaleQ("online.a")),
                forRole("press", "press-office", scaleQ("press.a")));
        questionnaire = new Questionnaire(base.id(), base.version(), base.title(), base.language(), base.scale(),
                base.levels(), new Profile(base.profile().roles(),
                        List.of(new ProfileEntry("heo", "HEO"), new ProfileEntry("seo", "SEO")),
                        List.of(new ProfileEntry("co", "Cabinet Office"), new ProfileEntry("other", "Other"))),
                base.areas());
    }

    public AssessmentSession fresh() {
        return AssessmentSession.fresh(background, store, CLOCK, saveErrors::add, questionnaire);
    }

    /** A session with About you answered: press office, so five areas apply. */
    public AssessmentSession started() {
        AssessmentSession session = fresh();
        session.updateRespondent(new Respondent("Sam", "press-office", "heo", "co"));
        return session;
    }

    @Override
    public void close() {
        store.close();
    }
}
