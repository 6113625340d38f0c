package uk.gov.gcs.digitalskills.app.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Holds work until the test advances it by hand, so a test can see the state while work is under way,
 * and make a step fail without the work running. Single-threaded: everything runs on the test's thread.
 */
public final class SteppedBackground extends TestBackground {
    private final Deque<Run<?>> queue = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public void submit(Run<?> run) {
        queue.addLast(run);
        busy.set(true);
    }

    /** How many pieces of work are waiting. */
    public int pending() {
        return queue.size();
    }

    /** The lane of the next piece of work. */
    public Lane nextLane() {
        return next().lane();
    }

    /** Runs the oldest waiting work to its end, with its callbacks. */
    public void runNext() {
        runToEnd(take(), Integer.MAX_VALUE);
    }

    /** Runs everything waiting, including work the callbacks queue. */
    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    /** Fails the oldest waiting work with {@code error} without running it, as a store that fails would. */
    public void failNext(Throwable error) {
        Run<?> run = take();
        run.failed(error);
    }

    private Run<?> next() {
        if (queue.isEmpty()) {
            throw new IllegalStateException("no work is waiting");
        }
        return queue.peekFirst();
    }

    private Run<?> take() {
        next();
        Run<?> run = queue.removeFirst();
        busy.set(!queue.isEmpty());
        return run;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
