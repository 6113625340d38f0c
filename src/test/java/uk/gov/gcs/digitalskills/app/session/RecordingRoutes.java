package uk.gov.gcs.digitalskills.app.session;

import java.util.ArrayList;
import java.util.List;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;

/** Routes that only remember where they were asked to go, as "name" or "name:args". */
public final class RecordingRoutes implements Routes {
    public final List<String> visits = new ArrayList<>();
    public AssessmentRecord lastRecord;
    /** How many saves outside the session were reported through {@link #saved()}. */
    public int saves;

    public String last() {
        return visits.isEmpty() ? "" : visits.get(visits.size() - 1);
    }

    @Override
    public void start() {
        visits.add("start");
    }

    @Override
    public void saved() {
        saves++;
    }

    @Override
    public void newAssessment() {
        visits.add("newAssessment");
    }

    @Override
    public void continueAssessment() {
        visits.add("continueAssessment");
    }

    @Override
    public void aboutYou(boolean returnToCheck) {
        visits.add("aboutYou:" + returnToCheck);
    }

    @Override
    public void taskList() {
        visits.add("taskList");
    }

    @Override
    public void question(String areaId, int index, boolean returnToCheck) {
        visits.add("question:" + areaId + ":" + index + (returnToCheck ? ":check" : ""));
    }

    @Override
    public void checkAnswers() {
        visits.add("checkAnswers");
    }

    @Override
    public void results(AssessmentRecord record, boolean fromHistory) {
        lastRecord = record;
        visits.add("results:" + (fromHistory ? "history" : "journey"));
    }

    @Override
    public void history() {
        visits.add("history");
    }

    @Override
    public void compare(AssessmentRecord earlier, AssessmentRecord later) {
        visits.add("compare:" + earlier.assessmentId() + ":" + later.assessmentId());
    }

    @Override
    public void objective(AssessmentRecord record, boolean fromHistory) {
        visits.add("objective:" + record.assessmentId());
    }

    @Override
    public void insights() {
        visits.add("insights");
    }

    @Override
    public void review(AssessmentRecord record, uk.gov.gcs.digitalskills.core.year.ReviewStage stage) {
        lastRecord = record;
        visits.add("review:" + stage);
    }

    @Override
    public void managerResponse(AssessmentRecord record, ReturnTo returnTo) {
        lastRecord = record;
        visits.add("response:" + returnTo);
    }
}
