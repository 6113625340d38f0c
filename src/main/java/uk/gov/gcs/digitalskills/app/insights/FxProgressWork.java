package uk.gov.gcs.digitalskills.app.insights;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * {@link ProgressWork} as a {@link Task} on its own daemon thread: {@code updateProgress} carries the count
 * of files done to the FX thread, where it is passed on.
 */
public final class FxProgressWork implements ProgressWork {
    private static final Logger LOG = Logger.getLogger(FxProgressWork.class.getName());

    @Override
    public <T> Handle start(Job<T> job, Progress onProgress, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run((done, total) -> updateProgress(done, total), cancelled::get);
            }
        };
        task.workDoneProperty().addListener((obs, old, done) -> {
            if (task.getTotalWork() >= 0 && done.doubleValue() >= 0) {
                onProgress.update(done.intValue(), (int) task.getTotalWork());
            }
        });
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "import failed", task.getException());
            onError.accept(task.getException());
        });
        Thread thread = new Thread(task, "insights-import");
        thread.setDaemon(true);
        thread.start();
        return () -> cancelled.set(true);
    }
}
