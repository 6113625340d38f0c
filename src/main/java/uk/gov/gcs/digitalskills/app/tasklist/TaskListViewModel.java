package uk.gov.gcs.digitalskills.app.tasklist;

import java.util.List;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.AreaStatus;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;

/** The areas that apply to the person's role, each with its status; any order; check once all are done. */
public final class TaskListViewModel {
    /** One row of the task list. */
    public record Task(String areaId, String title, String summary, AreaStatus status, String statusText,
                       int questions) {
    }

    private final AssessmentSession session;
    private final Messages messages;
    private final Routes routes;

    public TaskListViewModel(AssessmentSession session, Messages messages, Routes routes) {
        this.session = session;
        this.messages = messages;
        this.routes = routes;
    }

    public List<Task> tasks() {
        return session.areas().stream().map(this::task).toList();
    }

    private Task task(Area area) {
        AreaStatus status = session.status(area);
        return new Task(area.id(), area.title(), area.summary(), status, statusText(status), area.questions().size());
    }

    public String statusText(AreaStatus status) {
        return switch (status) {
            case NOT_STARTED -> messages.get("tasklist.status.notStarted");
            case IN_PROGRESS -> messages.get("tasklist.status.inProgress");
            case COMPLETED -> messages.get("tasklist.status.completed");
        };
    }

    public String progress() {
        long done = tasks().stream().filter(t -> t.status() == AreaStatus.COMPLETED).count();
        return messages.get("tasklist.progress", done, tasks().size());
    }

    public boolean canCheck() {
        return session.allComplete();
    }

    public void open(String areaId) {
        Area area = session.area(areaId);
        routes.question(areaId, session.firstOpenIndex(area), false);
    }

    public void check() {
        if (canCheck()) {
            routes.checkAnswers();
        }
    }

    public void changeDetails() {
        routes.aboutYou(false);
    }

    public void back() {
        routes.start();
    }
}
