package uk.gov.gcs.digitalskills.app.session;

/** How far through an area someone is, as the task list tags it. */
public enum AreaStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED
}
