package uk.gov.gcs.digitalskills.app;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.app.about.AboutYouView;
import uk.gov.gcs.digitalskills.app.about.AboutYouViewModel;
import uk.gov.gcs.digitalskills.app.check.CheckAnswersView;
import uk.gov.gcs.digitalskills.app.check.CheckAnswersViewModel;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.MessageView;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.export.DesktopActions;
import uk.gov.gcs.digitalskills.app.export.ExportSubject;
import uk.gov.gcs.digitalskills.app.export.ExportView;
import uk.gov.gcs.digitalskills.app.export.ExportViewModel;
import uk.gov.gcs.digitalskills.app.history.CompareView;
import uk.gov.gcs.digitalskills.app.history.CompareViewModel;
import uk.gov.gcs.digitalskills.app.history.HistoryView;
import uk.gov.gcs.digitalskills.app.history.HistoryViewModel;
import uk.gov.gcs.digitalskills.app.history.PastResult;
import uk.gov.gcs.digitalskills.app.insights.InsightsView;
import uk.gov.gcs.digitalskills.app.insights.InsightsViewModel;
import uk.gov.gcs.digitalskills.app.objective.ObjectiveBuilderView;
import uk.gov.gcs.digitalskills.app.objective.ObjectiveBuilderViewModel;
import uk.gov.gcs.digitalskills.app.question.QuestionView;
import uk.gov.gcs.digitalskills.app.question.QuestionViewModel;
import uk.gov.gcs.digitalskills.app.history.LastYearView;
import uk.gov.gcs.digitalskills.app.history.LastYearViewModel;
import uk.gov.gcs.digitalskills.app.results.ResultsView;
import uk.gov.gcs.digitalskills.app.results.ResultsViewModel;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.app.session.Startup;
import uk.gov.gcs.digitalskills.app.response.FxResponseChooser;
import uk.gov.gcs.digitalskills.app.response.ResponseChooser;
import uk.gov.gcs.digitalskills.app.response.ResponseReader;
import uk.gov.gcs.digitalskills.app.response.ResponseView;
import uk.gov.gcs.digitalskills.app.response.ResponseViewModel;
import uk.gov.gcs.digitalskills.app.review.ReviewView;
import uk.gov.gcs.digitalskills.app.review.ReviewViewModel;
import uk.gov.gcs.digitalskills.app.start.ObjectiveCardViewModel;
import uk.gov.gcs.digitalskills.app.start.StartView;
import uk.gov.gcs.digitalskills.app.start.StartViewModel;
import uk.gov.gcs.digitalskills.app.tasklist.TaskListView;
import uk.gov.gcs.digitalskills.app.tasklist.TaskListViewModel;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.io.db.AlreadyOpenException;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;

/**
 * Navigation in one place: each route builds its screen's ViewModel and View and hands it to the
 * {@link Navigator}. It also owns what was loaded at start-up and the assessment in progress.
 * Adding a screen: a method on {@link Routes} and a few lines here.
 */
public final class Journey implements Routes {
    private final Navigator navigator;
    private final Messages messages;
    private final Formats formats;
    private final Background background;
    private final Clock clock;
    private final Callable<AppServices> opener;
    private final Runnable closeWindow;
    private final DesktopActions desktop;
    private final ErrorPresenter errors;
    private final AssessmentSession.SaveListener saves;
    private AppServices services;
    private Startup loaded;
    private AssessmentSession session;
    private StartViewModel startVm;
    private ObjectiveCardViewModel cardVm;
    private ResponseChooser responseChooser;
    private InsightsViewModel insights;

    /**
     * @param opener makes the services (content, store) in the background once the first window is up
     * @param errors the one presenter of failures, shared with every screen
     */
    public Journey(Navigator navigator, Messages messages, Formats formats, Background background, Clock clock,
                   Callable<AppServices> opener, ErrorPresenter errors, Runnable closeWindow,
                   DesktopActions desktop) {
        this.navigator = navigator;
        this.messages = messages;
        this.formats = formats;
        this.background = background;
        this.clock = clock;
        this.opener = opener;
        this.closeWindow = closeWindow;
        this.desktop = desktop;
        this.errors = errors;
        this.responseChooser = new FxResponseChooser(messages);
        this.saves = new AssessmentSession.SaveListener() {
            @Override
            public void failed(Throwable error) {
                saveFailed(error);
            }

            @Override
            public void saved() {
                navigator.saved();
            }
        };
    }

    /**
     * Loads the questionnaires and saved assessments in the background; the start screen ({@link #start()},
     * shown first and in its loading state until then) says so meanwhile.
     */
    public void load() {
        background.task(() -> {
            AppServices opened = opener.call();
            // Finding the draft reads the store, so it is done here too, off the FX thread.
            return new Opened(opened, Startup.of(opened.library(), opened.assessments(), opened.movedAside()));
        }).onSuccess(this::loaded).onError(Throwable.class, this::loadFailed).start();
    }

    private record Opened(AppServices services, Startup startup) {
    }

    private void loaded(Opened opened) {
        this.services = opened.services();
        Startup startup = opened.startup();
        this.loaded = startup;
        startup.draft().ifPresent(draft -> session = AssessmentSession.resume(background, startup.store(), clock,
                saves, startup.questionnaireOf(draft.record()).orElseThrow(), draft.record(),
                draft.updatedAt()));
        refreshStart();
    }

    private void loadFailed(Throwable error) {
        if (error instanceof AlreadyOpenException) {
            navigator.show(MessageView.build("already-open", messages.get("app.alreadyOpen"),
                    messages.get("app.alreadyOpen.detail"), messages.get("app.close"), closeWindow));
            return;
        }
        startVm.failed(errors.present(error, "start.error"));
    }

    /** The loaded content and store; empty until start-up loading has finished. */
    public Optional<Startup> loaded() {
        return Optional.ofNullable(loaded);
    }

    /** The assessment in progress, if any (for screens added later, such as the objective builder). */
    public Optional<AssessmentSession> session() {
        return Optional.ofNullable(session);
    }

    private void refreshStart() {
        if (startVm == null || loaded == null) {
            return;
        }
        startVm.ready(inProgress().map(AssessmentSession::lastChange), loaded.notices(), loaded.movedAside());
        cardVm.load();
    }

    /** The assessment that "Continue your assessment" picks up: started and not yet completed. */
    private Optional<AssessmentSession> inProgress() {
        return Optional.ofNullable(session).filter(s -> s.started() && !s.completed());
    }

    @Override
    public void start() {
        startVm = new StartViewModel(messages, formats, this);
        cardVm = new ObjectiveCardViewModel(background, errors, () -> loaded.store().history(), clock, messages,
                this);
        navigator.show(StartView.build(startVm, cardVm, messages));
        refreshStart();
    }

    @Override
    public void newAssessment() {
        session = AssessmentSession.fresh(background, loaded.store(), clock, saves,
                loaded.questionnaireForNew());
        aboutYou(false);
    }

    @Override
    public void continueAssessment() {
        if (inProgress().isPresent()) {
            taskList();
        }
    }

    @Override
    public void aboutYou(boolean returnToCheck) {
        navigator.show(AboutYouView.build(new AboutYouViewModel(session, messages, this, returnToCheck), messages));
    }

    @Override
    public void taskList() {
        navigator.show(TaskListView.build(new TaskListViewModel(session, messages, this), messages));
    }

    @Override
    public void question(String areaId, int index, boolean returnToCheck) {
        navigator.show(QuestionView.build(
                new QuestionViewModel(session, messages, this, areaId, index, returnToCheck), messages));
    }

    @Override
    public void checkAnswers() {
        navigator.show(CheckAnswersView.build(new CheckAnswersViewModel(session, messages, this), messages));
    }

    @Override
    public void results(AssessmentRecord record, boolean fromHistory) {
        loaded.questionnaireOf(record).ifPresent(questionnaire -> {
            // Scored once: the Results screen and its export part show the same scores.
            ScoredResult scored = ScoredResult.of(record, questionnaire);
            LastYearViewModel lastYear = new LastYearViewModel(new PastResult(record, Optional.of(questionnaire)),
                    () -> loaded.store().history().stream().map(this::past).toList(), background, errors, messages,
                    formats, this);
            navigator.show(ResultsView.build(new ResultsViewModel(scored, messages, formats, this, fromHistory),
                    messages, export(scored), LastYearView.build(lastYear, messages)));
            lastYear.load();
        });
    }

    @Override
    public void history() {
        HistoryViewModel vm = new HistoryViewModel(background, errors, () -> loaded.store().history().stream()
                .map(this::past).toList(), messages, formats, this);
        navigator.show(HistoryView.build(vm, messages));
        vm.load();
    }

    @Override
    public void objective(AssessmentRecord record, boolean fromHistory) {
        Questionnaire questionnaire = loaded.questionnaireOf(record).orElseThrow();
        Optional<ObjectiveToolkit> toolkit = loaded.library().toolkitFor(questionnaire.id());
        if (toolkit.isEmpty()) {
            // Not a failed save, so not the save banner: a page of its own that leads back.
            navigator.show(MessageView.build("no-toolkit", messages.get("results.objective.heading"),
                    messages.get("objective.noToolkit"), messages.get("objective.back"),
                    () -> results(record, fromHistory)));
            return;
        }
        String role = record.respondent().role();
        ObjectiveBuilderViewModel vm = new ObjectiveBuilderViewModel(questionnaire, toolkit.get(),
                Scorer.score(questionnaire, role, record.answers()), role, record.objective(), clock, messages,
                objective -> background.save(() -> {
                    loaded.store().saveObjective(record.assessmentId(), objective);
                    return loaded.store().load(record.assessmentId());
                }).onSuccess(saved -> {
                    navigator.saved();
                    results(saved, fromHistory);
                }).onError(Throwable.class, this::saveFailed)
                        .start());
        navigator.show(ObjectiveBuilderView.build(vm, messages, () -> results(record, fromHistory),
                navigator::reveal));
    }

    @Override
    public void insights() {
        if (insights == null) {
            insights = new InsightsViewModel(services.insights(), background, clock, errors, messages,
                    (report, stored, target) -> new uk.gov.gcs.digitalskills.io.pdf.TeamReport(
                            uk.gov.gcs.digitalskills.AppVersion.current()).save(report, stored,
                            uk.gov.gcs.digitalskills.io.pdf.TeamReport.questionnaireFor(report, services.library()),
                            java.time.LocalDate.now(clock), target), desktop);
        }
        navigator.show(InsightsView.build(insights, messages, this::start));
        insights.load();
    }

    @Override
    public void compare(AssessmentRecord earlier, AssessmentRecord later) {
        navigator.show(CompareView.build(new CompareViewModel(past(earlier), past(later), messages, formats, this),
                messages));
    }

    @Override
    public void saved() {
        navigator.saved();
    }

    @Override
    public void review(AssessmentRecord record, ReviewStage stage) {
        navigator.show(ReviewView.build(new ReviewViewModel(record, stage, loaded.store(), background, errors, clock,
                messages, this), messages));
    }

    @Override
    public void managerResponse(AssessmentRecord record, ReturnTo returnTo) {
        ResponseViewModel vm = new ResponseViewModel(record, returnTo, responseReader(), loaded.store(), background,
                errors, messages, formats, this);
        navigator.show(ResponseView.build(vm, messages, responseChooser));
    }

    /** For tests: answers "Choose the PDF" without the system's dialog. */
    public void useResponseChooser(ResponseChooser chooser) {
        this.responseChooser = chooser;
    }

    private ResponseReader responseReader() {
        return new ManagerResponseReader()::read;
    }

    /** "Download your PDF" and "Save result file" for the assessment on screen. */
    private Node export(ScoredResult scored) {
        Optional<ObjectiveTemplate> template = services.export().templateFor(scored);
        ExportViewModel vm = new ExportViewModel(messages, background, errors, desktop,
                () -> Optional.of(new ExportSubject(scored, template)), AppVersion.current());
        return ExportView.build(vm, messages);
    }

    private PastResult past(AssessmentRecord record) {
        return new PastResult(record, loaded.questionnaireOf(record));
    }

    private void saveFailed(Throwable error) {
        navigator.saveFailed(errors.present(error, "common.saveFailed"));
    }

    /** Lets queued saves finish, then closes the store. */
    public void close() {
        if (insights != null) {
            insights.close();
        }
        if (services != null) {
            try {
                services.close();
            } catch (Exception e) {
                ErrorPresenter.unhandled(e);
            }
        }
    }
}
