package uk.gov.gcs.digitalskills.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The builder's rules, which every implementation shares: which handler runs, in what order, and when. */
class BackgroundTaskTest {
    private final List<String> calls = new ArrayList<>();

    @Test
    void successRunsTheSuccessHandlerThenAndFinally() {
        ImmediateBackground background = new ImmediateBackground();
        background.task(() -> 42)
                .onSuccess(value -> calls.add("success " + value))
                .onError(Exception.class, e -> calls.add("error"))
                .andFinally(() -> calls.add("finally"))
                .start();
        assertThat(calls).containsExactly("success 42", "finally");
        assertThat(background.lanes()).containsExactly(Background.Lane.JOBS);
    }

    @Test
    void theFirstMatchingErrorHandlerRunsThenAndFinally() {
        ImmediateBackground background = new ImmediateBackground();
        background.task(() -> {
            throw new AccessDeniedException("/x");
        }).onSuccess(value -> calls.add("success"))
                .onError(IllegalStateException.class, e -> calls.add("state"))
                .onError(IOException.class, e -> calls.add("io " + e.getClass().getSimpleName()))
                .onError(Exception.class, e -> calls.add("any"))
                .andFinally(() -> calls.add("finally"))
                .start();
        assertThat(calls).containsExactly("io AccessDeniedException", "finally");
        assertThat(background.unhandled()).isEmpty();
    }

    @Test
    void aFailureNoHandlerMatchesGoesToTheBackgroundAndIsNotLost() {
        ImmediateBackground background = new ImmediateBackground();
        IllegalStateException thrown = new IllegalStateException("boom");
        background.task(() -> {
            throw thrown;
        }).onError(IOException.class, e -> calls.add("io")).andFinally(() -> calls.add("finally")).start();
        assertThat(calls).containsExactly("finally");
        assertThat(background.unhandled()).containsExactly(thrown);
    }

    @Test
    void handlersSeeWhatTheWorkThrewNotTheExecutorsWrapper() {
        SteppedBackground background = new SteppedBackground();
        background.task(() -> 1).onError(IOException.class, e -> calls.add("io " + e.getMessage())).start();
        background.failNext(new CompletionException(new IOException("disk")));
        assertThat(calls).containsExactly("io disk");
    }

    @Test
    void savesGoOnTheSavesLaneAndJobsOnTheJobsLane() {
        SteppedBackground background = new SteppedBackground();
        background.save(() -> 1).start();
        background.task(progress -> 2).start();
        assertThat(background.nextLane()).isEqualTo(Background.Lane.SAVES);
        background.runNext();
        assertThat(background.nextLane()).isEqualTo(Background.Lane.JOBS);
    }

    @Test
    void progressReachesTheListenerAndCancelReachesTheJob() {
        SteppedBackground background = new SteppedBackground();
        List<String> progress = new ArrayList<>();
        Background.Handle handle = background.task(p -> {
            int done = 0;
            while (done < 10 && !p.cancelled()) {
                done++;
                p.update(done, 10);
            }
            return done;
        }).withProgress((done, total) -> progress.add(done + "/" + total))
                .onSuccess(done -> calls.add("stopped at " + done)).start();

        handle.cancel();
        background.runNext();

        assertThat(calls).containsExactly("stopped at 0");
        assertThat(progress).isEmpty();
    }

    @Test
    void aJobThatIsNotCancelledReportsEveryStep() {
        ImmediateBackground background = new ImmediateBackground();
        List<String> progress = new ArrayList<>();
        background.task(p -> {
            for (int i = 1; i <= 3; i++) {
                p.update(i, 3);
            }
            return 3;
        }).withProgress((done, total) -> progress.add(done + "/" + total)).start();
        assertThat(progress).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void busyWhileWorkWaitsAndNotAfter() {
        SteppedBackground background = new SteppedBackground();
        assertThat(background.busyProperty().get()).isFalse();
        background.save(() -> 1).start();
        assertThat(background.busyProperty().get()).isTrue();
        background.runAll();
        assertThat(background.busyProperty().get()).isFalse();
    }

    @Test
    void aTaskStartsOnce() {
        BackgroundTask<Integer> task = new ImmediateBackground().task(() -> 1);
        task.start();
        assertThatThrownBy(task::start).isInstanceOf(IllegalStateException.class);
    }
}
