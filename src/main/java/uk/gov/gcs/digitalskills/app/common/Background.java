package uk.gov.gcs.digitalskills.app.common;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs slow work (database, import, PDF) away from the FX thread and hands the outcome back on it, on two
 * lanes: {@link Lane#SAVES}, one thread that writes the assessment in the order things were chosen, and
 * {@link Lane#JOBS} for everything else (PDF, import, queries), so a long import never holds up an answer.
 * <p>
 * Each call says what happens next, in the style of Cryptomator's {@code Tasks}:
 * <pre>{@code
 * background.task(() -> service.load())
 *         .onSuccess(this::show)
 *         .onError(WriteFailedException.class, this::explain)
 *         .andFinally(() -> working.set(false))
 *         .start();
 * }</pre>
 * ViewModels depend on this interface; tests use the synchronous and the stepped doubles in {@code src/test}.
 */
public interface Background {

    /** Which thread the work waits for. */
    enum Lane {
        /** One thread, first in first out: answer, evidence, profile, objective and completion writes. */
        SAVES,
        /** Reads, imports, queries and exports. */
        JOBS
    }

    /** Work that reports how far it has got and stops early when asked to. */
    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** Handed to a {@link Job} on its own thread. */
    interface Progress {
        void update(int done, int total);

        /**
         * True once {@link Handle#cancel()} was called. Cancelling only raises this flag: the work is never
         * interrupted, because an interrupt closes the H2 file underneath it.
         */
        boolean cancelled();
    }

    /** Hears of progress on the FX thread. */
    @FunctionalInterface
    interface ProgressListener {
        void update(int done, int total);
    }

    /** Lets the caller ask started work to stop. */
    @FunctionalInterface
    interface Handle {
        void cancel();
    }

    /**
     * One piece of work as the implementation sees it: run {@link #call} off the FX thread, then report
     * exactly one of {@link #succeeded} or {@link #failed} (and any {@link #progressed}) on the FX thread.
     */
    interface Run<T> {
        Lane lane();

        T call(Progress progress) throws Exception;

        void progressed(int done, int total);

        void succeeded(T value);

        void failed(Throwable error);

        boolean cancelled();

        /** Raises the cancel flag, as the caller's {@link Handle} does (used when the app closes). */
        void cancel();
    }

    /** A job on the {@link Lane#JOBS} lane. */
    default <T> BackgroundTask<T> task(Callable<T> work) {
        return new BackgroundTask<>(this, Lane.JOBS, progress -> work.call());
    }

    /** A job on the {@link Lane#JOBS} lane that reports progress and can be cancelled. */
    default <T> BackgroundTask<T> task(Job<T> work) {
        return new BackgroundTask<>(this, Lane.JOBS, work);
    }

    /** A write on the ordered {@link Lane#SAVES} lane. */
    default <T> BackgroundTask<T> save(Callable<T> work) {
        return new BackgroundTask<>(this, Lane.SAVES, progress -> work.call());
    }

    /** For implementations: queue the run on its lane. Callers use {@link BackgroundTask#start()}. */
    void submit(Run<?> run);

    /** Where a failure goes when the caller gave no {@code onError} that matches it. */
    void unhandled(Throwable error);

    /** True while any work is running or queued; views bind progress indicators and disable buttons with it. */
    ReadOnlyBooleanProperty busyProperty();
}
