package uk.gov.gcs.digitalskills.app.common;

import java.util.ArrayList;
import java.util.List;

/**
 * What the test backgrounds share: running a piece of work to its end on the calling thread, with its
 * callbacks, and keeping the failures no caller handles so that a test can assert on them.
 */
abstract class TestBackground implements Background {
    private final List<Throwable> unhandled = new ArrayList<>();

    /**
     * Runs {@code run} and then its success or failure callbacks, here and now. The work sees "cancelled" when
     * it is cancelled or once it has reported {@code cancelAfterSteps} steps done.
     */
    static <T> void runToEnd(Run<T> run, int cancelAfterSteps) {
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
                    return run.cancelled() || lastDone[0] >= cancelAfterSteps;
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
}
