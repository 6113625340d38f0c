package uk.gov.gcs.digitalskills.app.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs work at once on the calling thread: for tests, so they need no waiting. Failures no caller handles
 * are kept in {@link #unhandled()} (and so can be asserted on). {@link #cancelAfter} lets a test cancel a
 * job part-way.
 */
public final class ImmediateBackground implements Background {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<Throwable> unhandled = new ArrayList<>();
    private final List<Lane> lanes = new ArrayList<>();
    private int cancelAfter = Integer.MAX_VALUE;

    /** Jobs run from now on see "cancelled" once they have reported this many steps done. */
    public void cancelAfter(int steps) {
        cancelAfter = steps;
    }

    @Override
    public void submit(Run<?> run) {
        lanes.add(run.lane());
        execute(run);
    }

    private <T> void execute(Run<T> run) {
        int[] lastDone = {0};
        T result;
        try {
            result = run.call(new Progress() {
                @Override
                public void update(int done, int total) {
                    lastDone[0] = done;
                    run.progressed(done, total);
                }

                @Override
                public boolean cancelled() {
                    return run.cancelled() || lastDone[0] >= cancelAfter;
                }
            });
        } catch (Exception e) {
            run.failed(e);
            return;
        }
        run.succeeded(result);
    }

    @Override
    public void unhandled(Throwable error) {
        unhandled.add(error);
    }

    /** The failures no {@code onError} matched, oldest first. */
    public List<Throwable> unhandled() {
        return List.copyOf(unhandled);
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
