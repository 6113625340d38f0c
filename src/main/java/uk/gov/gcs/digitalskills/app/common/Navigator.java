package uk.gov.gcs.digitalskills.app.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The window's frame: a header, a banner for a failed save (with "Copy details" and "Dismiss"; it clears
 * itself on the next successful save), and the current screen in a scroll pane.
 * It owns the keys that work everywhere: Alt+Left (back) and Ctrl+Plus / Ctrl+Minus / Ctrl+0 (text size).
 */
public final class Navigator {
    private final BorderPane frame = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    /**
     * Holds the first screen until the window's first frame is drawn; the scroll pane (its skin and two scroll
     * bars, about 25 ms of a cold start) takes its place just after. It sizes and places the screen as the scroll
     * pane does: full width, its own height, from the top.
     */
    private final VBox firstFrame = new VBox();
    private final Scene scene;
    private final TextScale textScale = new TextScale();
    private final ReadOnlyObjectWrapper<UserError> saveProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();

    public Navigator(Messages messages, double width, double height) {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("header-title");
        HBox header = new HBox(title);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);

        Label problemText = new Label();
        problemText.setId("save-problem");
        problemText.textProperty().bind(Bindings.createStringBinding(
                () -> saveProblem.get() == null ? "" : saveProblem.get().sentence(), saveProblem));
        problemText.setWrapText(true);
        problemText.getStyleClass().add("error-message");
        Button copy = Ui.copyDetails(messages, "save-problem",
                () -> saveProblem.get() == null ? "" : saveProblem.get().details());
        Button dismiss = Ui.secondary(messages.get("error.dismiss"), this::dismissSaveProblem);
        dismiss.setId("save-problem-dismiss");
        dismiss.setAccessibleText(messages.get("error.dismiss.accessible"));
        HBox actions = new HBox(12, copy, dismiss);
        VBox banner = new VBox(8);
        banner.setId("save-problem-banner");
        banner.getStyleClass().add("problem-banner");
        banner.visibleProperty().bind(saveProblem.isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        // Hidden until a save fails: its text and buttons join it after the first frame (or when needed).
        Ui.addWhenNeeded(banner, banner.visibleProperty(), () -> banner.getChildren().addAll(problemText, actions));

        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        frame.setTop(new VBox(header, banner));
        firstFrame.getStyleClass().add("first-frame");
        frame.setCenter(firstFrame);
        Ui.afterFirstFrame(frame, () -> {
            frame.setCenter(scroll);
            scroll.setContent(firstFrame.getChildren().isEmpty() ? null : firstFrame.getChildren().get(0));
            // The skin, made now rather than at the next pulse, moves the screen into its viewport in this same turn
            // of the FX thread: nothing sees the screen out of the scene, so it keeps its focus and lookups find it.
            scroll.applyCss();
        });
        frame.getStyleClass().add(TextScale.styleClass(TextScale.NORMAL));
        textScale.stepProperty().addListener((o, was, now) -> {
            frame.getStyleClass().remove(TextScale.styleClass(was.intValue()));
            frame.getStyleClass().add(TextScale.styleClass(now.intValue()));
        });

        scene = new Scene(frame, width, height);
        scene.getStylesheets().add(Navigator.class.getResource("/uk/gov/gcs/digitalskills/app/app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::globalKeys);
        // Keyboard users must see what has focus: scroll it into view (not for mouse clicks, which would move
        // the target between press and release).
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> {
                    if (now.isFocusVisible()) {
                        reveal(now);
                    }
                });
            }
        });
    }

    /** Scrolls the screen so that {@code node} is in view (no-op when it already is). */
    public void reveal(javafx.scene.Node node) {
        javafx.scene.Node content = scroll.getContent();
        if (content == null || node.getScene() != scene) {
            return;
        }
        javafx.geometry.Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double total = content.getBoundsInLocal().getHeight();
        if (inContent == null || total <= viewport) {
            return;
        }
        double top = -scroll.getViewportBounds().getMinY();
        double margin = 24;
        double target = top;
        if (inContent.getMinY() < top + margin) {
            target = inContent.getMinY() - margin;
        } else if (inContent.getMaxY() > top + viewport - margin) {
            target = inContent.getMaxY() - viewport + margin;
        }
        if (target != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, target / (total - viewport))));
        }
    }

    public Scene scene() {
        return scene;
    }

    /** Shown above every screen while set: a failed save the user must know about. Only saves set it. */
    public ReadOnlyObjectProperty<UserError> saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** A save failed: say so above every screen until it is dismissed or a later save succeeds. */
    public void saveFailed(UserError error) {
        saveProblem.set(error);
    }

    /** A save succeeded, so an earlier failure no longer stands. */
    public void saved() {
        saveProblem.set(null);
    }

    public void dismissSaveProblem() {
        saveProblem.set(null);
    }

    public Optional<Screen> current() {
        return Optional.ofNullable(current.get());
    }

    public void show(Screen screen) {
        current.set(screen);
        if (frame.getCenter() == firstFrame) {
            firstFrame.getChildren().setAll(screen.root());
        } else {
            scroll.setContent(screen.root());
            scroll.setVvalue(0);
        }
        Platform.runLater(() -> {
            if (current.get() == screen && screen.firstFocus() != null) {
                screen.firstFocus().requestFocus();
            }
        });
    }

    private void globalKeys(KeyEvent event) {
        if (event.isAltDown() && event.getCode() == KeyCode.LEFT) {
            current().flatMap(Screen::back).ifPresent(Runnable::run);
            event.consume();
        } else if (event.isShortcutDown()) {
            KeyCode code = event.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
                textScale.larger();
                event.consume();
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                textScale.smaller();
                event.consume();
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                textScale.reset();
                event.consume();
            }
        }
    }
}
