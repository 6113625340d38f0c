package uk.gov.gcs.digitalskills.app.pages;

import org.testfx.api.FxRobot;

public final class ComparePage extends Page {
    public ComparePage(FxRobot robot) {
        super(robot, "compare-screen");
    }

    /** The change in words for an area id, or "overall". */
    public String change(String id) {
        return text("compare-change-" + id);
    }
}
