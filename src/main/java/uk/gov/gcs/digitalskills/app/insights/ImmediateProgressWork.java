package uk.gov.gcs.digitalskills.app.insights;

import java.util.function.Consumer;

/** Runs the job at once on the calling thread: for tests. {@link #cancelAfter} lets a test cancel part-way. */
public final class ImmediateProgressWork implements ProgressWork {
    private int cancelAfter = Integer.MAX_VALUE;
    private int lastDone;

    /** The job will see "cancelled" once this many files are done. */
    public void cancelAfter(int files) {
        cancelAfter = files;
    }

    @Override
    public <T> Handle start(Job<T> job, Progress onProgress, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = job.run((done, total) -> {
                lastDone = done;
                onProgress.update(done, total);
            }, () -> lastDone >= cancelAfter);
        } catch (Exception e) {
            onError.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
