package uk.gov.gcs.digitalskills.app.session;

import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;

/**
 * Where a screen can send the user. ViewModels call these; the app's {@code Journey} builds the screens.
 * To add a screen: add a method here and build it in {@code Journey}.
 */
public interface Routes {
    void start();

    /**
     * A save made outside the assessment session (a review, a manager's response) went through: the store works
     * again, so a banner about an earlier failed save goes.
     */
    void saved();

    /** A new assessment: About you, with nothing saved until it is answered. */
    void newAssessment();

    /** Picks up the draft found at start-up where it was left. */
    void continueAssessment();

    void aboutYou(boolean returnToCheck);

    void taskList();

    void question(String areaId, int index, boolean returnToCheck);

    void checkAnswers();

    /** The results of a completed assessment; {@code fromHistory} decides where "back" goes. */
    void results(AssessmentRecord record, boolean fromHistory);

    void history();

    /** The digital objective builder for a completed assessment; back returns to its results. */
    void objective(AssessmentRecord record, boolean fromHistory);

    /** Team insights: a training lead imports many results and sees anonymised aggregates. */
    void insights();

    void compare(AssessmentRecord earlier, AssessmentRecord later);

    /** Where "Add your manager's response" was chosen, so that back and Save return there. */
    enum ReturnTo {
        START, HISTORY, RESULTS, RESULTS_FROM_HISTORY
    }

    /** The mid-year or year-end review of a completed assessment's objective; back and Save return to Start. */
    void review(AssessmentRecord record, uk.gov.gcs.digitalskills.core.year.ReviewStage stage);

    /** "Add your manager's response": choose the PDF the manager filled in, check what was read, save it. */
    void managerResponse(AssessmentRecord record, ReturnTo returnTo);
}
