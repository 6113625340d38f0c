package uk.gov.gcs.digitalskills.app.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs work at once on the calling thread: for tests, so they need no waiting. Failures no caller handles
 * are kept in {@link #unhandled()}. {@link #cancelAfter} lets a test cancel a job part-way.
 */
public final class ImmediateBackground extends TestBackground {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<Lane> lanes = new ArrayList<>();
    private int cancelAfter = Integer.MAX_VALUE;

    /** Jobs run from now on see "cancelled" once they have reported this many steps done. */
    public void cancelAfter(int steps) {
        cancelAfter = steps;
    }

    @Override
    public void submit(Run<?> run) {
        lanes.add(run.lane());
        runToEnd(run, cancelAfter);
    }

    /** The lane of every piece of work run so far, in order. */
    public List<Lane> lanes() {
        return List.copyOf(lanes);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
