package uk.gov.gcs.digitalskills.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One call to {@link Background}, built up before it starts: what to do on success, on each kind of
 * failure, always afterwards, and with progress. Every callback runs on the FX thread (or the test's thread).
 */
public final class BackgroundTask<T> {
    private final Background background;
    private final Background.Lane lane;
    private final Background.Job<T> work;
    private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Consumer<? super T> onSuccess = value -> { };
    private Runnable andFinally = () -> { };
    private Background.ProgressListener progress = (done, total) -> { };
    private boolean started;

    BackgroundTask(Background background, Background.Lane lane, Background.Job<T> work) {
        this.background = background;
        this.lane = lane;
        this.work = work;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        onSuccess = handler;
        return this;
    }

    /**
     * Handles failures of this type (or a subtype). Handlers are tried in the order given; a failure that
     * none matches goes to {@link Background#unhandled}, so it is never lost.
     */
    public <E extends Throwable> BackgroundTask<T> onError(Class<E> type, Consumer<? super E> handler) {
        errorHandlers.add(new ErrorHandler<>(type, handler));
        return this;
    }

    /** Runs after the success or error handler, whichever ran: the place to clear "working" flags. */
    public BackgroundTask<T> andFinally(Runnable handler) {
        andFinally = handler;
        return this;
    }

    /** Hears the job's {@link Background.Progress#update} calls on the FX thread. */
    public BackgroundTask<T> withProgress(Background.ProgressListener listener) {
        progress = listener;
        return this;
    }

    /** Queues the work on its lane; the handle asks it to stop (see {@link Background.Progress#cancelled()}). */
    public Background.Handle start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        background.submit(new Run());
        return () -> cancelled.set(true);
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handles(Throwable error) {
            return type.isInstance(error);
        }

        void handle(Throwable error) {
            handler.accept(type.cast(error));
        }
    }

    /** Wrappers the executor adds say nothing: handlers see what the work threw. */
    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private final class Run implements Background.Run<T> {
        @Override
        public Background.Lane lane() {
            return lane;
        }

        @Override
        public T call(Background.Progress reporter) throws Exception {
            return work.run(reporter);
        }

        @Override
        public void progressed(int done, int total) {
            progress.update(done, total);
        }

        @Override
        public void succeeded(T value) {
            try {
                onSuccess.accept(value);
            } finally {
                andFinally.run();
            }
        }

        @Override
        public void failed(Throwable error) {
            Throwable cause = unwrap(error);
            try {
                for (ErrorHandler<?> handler : errorHandlers) {
                    if (handler.handles(cause)) {
                        handler.handle(cause);
                        return;
                    }
                }
                background.unhandled(cause);
            } finally {
                andFinally.run();
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }
    }
}
