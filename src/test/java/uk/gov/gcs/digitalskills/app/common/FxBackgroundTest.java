package uk.gov.gcs.digitalskills.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real executor: its two lanes, callbacks on the FX thread, and a close that waits. */
@ExtendWith(ApplicationExtension.class)
class FxBackgroundTest {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
    private final FxBackground background = new FxBackground(unhandled::add);

    @Start
    void start(Stage stage) {
        // The toolkit only; no window is needed.
    }

    @AfterEach
    void close() throws InterruptedException {
        background.close();
    }

    @Test
    void savesRunOneAtATimeInTheOrderGiven() throws Exception {
        for (int i = 0; i < 20; i++) {
            int n = i;
            background.save(() -> {
                calls.add("save " + n);
                return n;
            }).start();
        }
        background.close();
        assertThat(calls).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> "save " + i).toList());
    }

    @Test
    void aLongJobDoesNotHoldUpASave() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        background.task(() -> release.await(10, TimeUnit.SECONDS)).start();
        background.save(() -> {
            saved.countDown();
            return null;
        }).start();
        assertThat(saved.await(5, TimeUnit.SECONDS)).as("the save ran while the job was still running").isTrue();
        release.countDown();
    }

    @Test
    void callbacksRunOnTheFxThreadAndFinallyComesLast() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        background.task(() -> "value")
                .onSuccess(value -> calls.add(value + " on fx " + Platform.isFxApplicationThread()))
                .andFinally(() -> {
                    calls.add("finally");
                    done.countDown();
                }).start();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(calls).containsExactly("value on fx true", "finally");
    }

    @Test
    void anUnhandledFailureGoesToTheGivenHandlerOnce() throws Exception {
        IllegalStateException thrown = new IllegalStateException("boom");
        background.task(() -> {
            throw thrown;
        }).start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !unhandled.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unhandled).containsExactly(thrown);
    }

    @Test
    void progressArrivesOnTheFxThread() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<String> progress = new CopyOnWriteArrayList<>();
        background.task(p -> {
            p.update(1, 2);
            p.update(2, 2);
            return 2;
        }).withProgress((n, total) -> progress.add(n + "/" + total + " " + Platform.isFxApplicationThread()))
                .andFinally(done::countDown).start();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        // JavaFX may coalesce updates; the last one always arrives.
        assertThat(progress).isNotEmpty().endsWith("2/2 true");
    }

    @Test
    void closingCancelsRunningJobsAndLetsQueuedSavesFinish() throws Exception {
        CountDownLatch jobStarted = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        background.task(p -> {
            jobStarted.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            while (!p.cancelled() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            sawCancel.set(p.cancelled());
            return null;
        }).start();
        assertThat(jobStarted.await(5, TimeUnit.SECONDS)).isTrue();
        background.save(() -> {
            Thread.sleep(200);
            calls.add("saved");
            return null;
        }).start();

        long started = System.nanoTime();
        background.close();

        assertThat(calls).containsExactly("saved");
        assertThat(sawCancel).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(5);
    }
}
