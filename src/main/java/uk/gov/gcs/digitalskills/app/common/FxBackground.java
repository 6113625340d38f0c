package uk.gov.gcs.digitalskills.app.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on two lanes: one thread for saves, in the order given, so that answers are
 * saved in the order they were chosen; and a small pool for jobs. Callbacks run on the FX thread.
 * {@link #close()} cancels the jobs, lets queued saves finish and waits for both lanes.
 */
public final class FxBackground implements Background, AutoCloseable {
    private static final int JOB_THREADS = 2;

    private final ExecutorService saves = Executors.newSingleThreadExecutor(daemons("background-saves"));
    private final ExecutorService jobs = Executors.newFixedThreadPool(JOB_THREADS, daemons("background-jobs"));
    private final Set<Run<?>> runningJobs = ConcurrentHashMap.newKeySet();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Consumer<Throwable> unhandled;
    private int running;

    /** Failures no caller handles are logged, by {@link ErrorPresenter}, the one place that logs failures. */
    public FxBackground() {
        this(ErrorPresenter::unhandled);
    }

    /** @param unhandled gets, on the FX thread, every failure that no {@code onError} of its call matched */
    public FxBackground(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = Executors.defaultThreadFactory();
        // Daemon threads, so a stuck job cannot keep the JVM alive after the window closes; close() waits.
        return r -> {
            Thread thread = threads.newThread(r);
            thread.setName(name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void submit(Run<?> run) {
        execute(run);
    }

    private <T> void execute(Run<T> run) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return run.call(new Progress() {
                    @Override
                    public void update(int done, int total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return run.cancelled();
                    }
                });
            }
        };
        task.workDoneProperty().addListener((obs, old, done) -> {
            if (task.getTotalWork() >= 0 && done.doubleValue() >= 0) {
                run.progressed(done.intValue(), (int) task.getTotalWork());
            }
        });
        started();
        task.setOnSucceeded(e -> {
            finished(run);
            run.succeeded(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(run);
            run.failed(task.getException());
        });
        if (run.lane() == Lane.SAVES) {
            saves.execute(task);
        } else {
            runningJobs.add(run);
            jobs.execute(task);
        }
    }

    @Override
    public void unhandled(Throwable error) {
        unhandled.accept(error);
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished(Run<?> run) {
        runningJobs.remove(run);
        running--;
        busy.set(running > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Asks running jobs to stop, lets queued saves finish, and waits for both lanes before the app exits. */
    @Override
    public void close() throws InterruptedException {
        jobs.shutdown();
        saves.shutdown();
        runningJobs.forEach(Run::cancel);
        saves.awaitTermination(10, TimeUnit.SECONDS);
        jobs.awaitTermination(10, TimeUnit.SECONDS);
    }

}
