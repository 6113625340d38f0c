package uk.gov.gcs.digitalskills.app.insights;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one long job (an import) away from the FX thread with progress and cancel. Progress and the outcome
 * are handed back on the FX thread. Cancelling only raises a flag the job checks between files: the job
 * is never interrupted, because an interrupt closes the H2 file underneath it.
 */
public interface ProgressWork {

    /** The job: reports progress as it goes and stops early when {@code cancelled} turns true. */
    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress, BooleanSupplier cancelled) throws Exception;
    }

    @FunctionalInterface
    interface Progress {
        void update(int done, int total);
    }

    /** Lets the caller ask a running job to stop. */
    @FunctionalInterface
    interface Handle {
        void cancel();
    }

    <T> Handle start(Job<T> job, Progress onProgress, Consumer<T> onSuccess, Consumer<Throwable> onError);
}
