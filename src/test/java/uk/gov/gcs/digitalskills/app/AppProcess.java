package uk.gov.gcs.digitalskills.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import uk.gov.gcs.digitalskills.app.common.FxBackground;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;

/**
 * A test-only entry point run as a separate JVM (headless, Monocle). It starts the real app with the real
 * store and background thread, and drives it through its screens:
 * <ul>
 *   <li>{@code answer DIR}: starts an assessment and answers question after question, printing
 *       {@code COMMITTED id=answer} once the background thread has saved it; it never stops by itself.</li>
 *   <li>{@code resume DIR}: prints {@code CONTINUE true|false}, continues the draft and prints each answer it
 *       finds as {@code FOUND id=answer}, then {@code END}.</li>
 *   <li>{@code hold DIR}: opens the store, prints {@code READY} and waits (to test "already open").</li>
 * </ul>
 */
public final class AppProcess {
    private static FxBackground background;
    private static DigitalSkillsApp app;
    private static Stage stage;

    private AppProcess() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        DataFolder folder = new DataFolder(Path.of(args[1]));
        if (mode.equals("hold")) {
            AssessmentStore store = AssessmentStore.open(folder, java.time.Clock.systemUTC());
            say("READY");
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            store.close();
            return;
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        background = new FxBackground();
        app = new DigitalSkillsApp(folder, background);
        onFx(() -> {
            stage = new Stage();
            app.start(stage);
            return null;
        });
        waitUntil(() -> !lookup("#start-new").isDisabled());
        if (mode.equals("answer")) {
            answer();
        } else {
            resume();
        }
    }

    private static void answer() throws Exception {
        fire("#start-new");
        waitUntil(() -> lookup("#about-screen") != null);
        onFx(() -> {
            pick("#about-role", 7);
            pick("#about-grade", 3);
            pick("#about-organisation", 1);
            ((ButtonBase) lookup("#about-continue")).fire();
            return null;
        });
        waitUntil(() -> lookup("#tasklist-screen") != null);
        fire("#task-planning");
        int n = 0;
        Map<String, Answer> reported = new HashMap<>();
        while (true) {
            waitUntil(() -> lookup("#question-screen") != null || lookup("#tasklist-screen") != null);
            if (lookup("#question-screen") == null) {
                String next = onFx(() -> app.journey().session().orElseThrow().areas().stream()
                        .filter(a -> a.questions().stream().anyMatch(q -> !session().answers().containsKey(q.id())))
                        .map(a -> a.id()).findFirst().orElse(null));
                if (next == null) {
                    say("DONE");
                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                    return;
                }
                fire("#task-" + next);
                continue;
            }
            int option = 1 + (n++ % 3);
            fire("#option-" + option);
            Map<String, Answer> chosen = onFx(() -> Map.copyOf(session().answers()));
            // Once the background thread is idle, everything chosen so far is committed.
            waitUntil(() -> !background.busyProperty().get());
            chosen.forEach((id, answer) -> {
                if (!answer.equals(reported.get(id))) {
                    reported.put(id, answer);
                    say("COMMITTED " + id + "=" + answer);
                }
            });
            fire("#question-continue");
        }
    }

    private static void resume() throws Exception {
        boolean canContinue = onFx(() -> AppProcessChecks.shown(lookup("#start-continue")));
        say("CONTINUE " + canContinue);
        if (canContinue) {
            fire("#start-continue");
            waitUntil(() -> lookup("#tasklist-screen") != null);
            Map<String, Answer> found = onFx(() -> Map.copyOf(session().answers()));
            found.forEach((id, answer) -> say("FOUND " + id + "=" + answer));
        }
        say("END");
        onFx(() -> {
            stage.close();
            return null;
        });
        app.stop();
        Platform.exit();
        System.exit(0);
    }

    private static AssessmentSession session() {
        return app.journey().session().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void pick(String id, int index) {
        ComboBox<Object> combo = (ComboBox<Object>) lookup(id);
        combo.getSelectionModel().select(Math.min(index, combo.getItems().size() - 1));
    }

    private static void fire(String id) throws Exception {
        waitUntil(() -> lookup(id) != null);
        onFx(() -> {
            ((ButtonBase) lookup(id)).fire();
            return null;
        });
    }

    private static Node lookup(String id) {
        return stage == null || stage.getScene() == null ? null : stage.getScene().lookup(id);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (onFx(condition::get)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("timed out");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Visibility as a user sees it: the node and all its parents. */
    static final class AppProcessChecks {
        private AppProcessChecks() {
        }

        static boolean shown(Node node) {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return node != null;
        }
    }
}
