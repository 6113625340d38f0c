package uk.gov.gcs.digitalskills.app.common;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Small builders for the GOV.UK-like parts every screen uses. Style class names live here as constants so
 * that views never spell them out twice; the look itself is in app.css.
 */
public final class Ui {
    public static final String PAGE = "page";
    public static final String PRIMARY = "primary";
    public static final String SECONDARY = "secondary";
    public static final String CAPTION = "caption";
    public static final String HINT = "hint";
    public static final String BODY = "body";
    public static final String ERROR_MESSAGE = "error-message";
    public static final String ERROR = "error";
    public static final String TAG = "tag";
    public static final String INSET = "inset";
    public static final String NOTICE = "notice";
    public static final String SECTION_BREAK = "section-break";

    private Ui() {
    }

    /** A page column: a vertical list of parts with GOV.UK spacing. */
    public static VBox page(Node... children) {
        VBox page = new VBox(children);
        page.getStyleClass().add(PAGE);
        return page;
    }

    /** A heading; {@code size} is one of "xl", "l", "m", "s". Screen readers hear it as a heading. */
    public static Label heading(String text, String size) {
        Label label = new Label(text);
        label.getStyleClass().add("heading-" + size);
        label.setWrapText(true);
        return label;
    }

    public static Label body(String text) {
        return styled(new Label(text), BODY);
    }

    public static Label body(ObservableValue<String> text) {
        Label label = styled(new Label(), BODY);
        label.textProperty().bind(text);
        return label;
    }

    public static Label caption(String text) {
        return styled(new Label(text), CAPTION);
    }

    public static Label hint(String text) {
        return styled(new Label(text), HINT);
    }

    public static Button primary(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(PRIMARY);
        button.setOnAction(e -> action.run());
        return button;
    }

    public static Button secondary(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(SECONDARY);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A cell of a summary table (a GridPane with rule lines): wraps, fills its cell, reads from the top. */
    public static Label cell(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("summary-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return label;
    }

    /** A column heading of a summary table. */
    public static Label headerCell(String text) {
        Label label = cell(text);
        label.getStyleClass().add("bold");
        return label;
    }

    public static Hyperlink link(String text, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(e -> {
            link.setVisited(false);
            action.run();
        });
        return link;
    }

    /** The GOV.UK back link, which goes above the heading. */
    public static Hyperlink backLink(String text, Runnable action) {
        Hyperlink link = link(text, action);
        link.getStyleClass().add("back-link");
        return link;
    }

    /** A tag such as "Completed": words and colour together, never colour alone. */
    public static Label tag(String text, String variant) {
        Label tag = new Label(text);
        tag.getStyleClass().addAll(TAG, TAG + "-" + variant);
        tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return tag;
    }

    /** A bordered box of notices (such as a skipped questionnaire file), one line each. */
    public static VBox notice(String heading, List<String> lines) {
        VBox box = new VBox();
        box.getStyleClass().add(NOTICE);
        box.getChildren().add(heading(heading, "s"));
        lines.forEach(line -> box.getChildren().add(body(line)));
        return box;
    }

    /**
     * "Copy details" for a failure: puts {@code details} (see {@link ErrorPresenter}) on the clipboard, for
     * whoever supports the user. The id is {@code <idPrefix>-copy}.
     */
    public static Button copyDetails(Messages messages, String idPrefix, java.util.function.Supplier<String> details) {
        Button copy = secondary(messages.get("error.copyDetails"), () -> javafx.scene.input.Clipboard
                .getSystemClipboard().setContent(java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT,
                        details.get())));
        copy.setId(idPrefix + "-copy");
        copy.setAccessibleText(messages.get("error.copyDetails.accessible"));
        return copy;
    }

    /**
     * Runs {@code action} once, on the FX thread, after the first frame in which {@code node} is in a shown
     * window has been laid out, so after that frame can be drawn: for the parts of a first window that need not
     * be in its first frame, such as a spinner's animation. Never runs if the node is never shown.
     */
    public static void afterFirstFrame(Node node, Runnable action) {
        if (node.getScene() != null) {
            afterFirstFrame(node.getScene(), action);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    afterFirstFrame(now, action);
                }
            }
        });
    }

    /**
     * For a part that is hidden at first (a failure's message, a draft to continue): runs {@code addPart} once,
     * as soon as {@code needed} is true or after the first frame of {@code anchor}'s window, whichever comes
     * first. So the first window does not style and lay out controls it does not show, and the part is in place
     * in the same frame in which it is first needed.
     */
    public static void addWhenNeeded(Node anchor, ObservableValue<Boolean> needed, Runnable addPart) {
        if (Boolean.TRUE.equals(needed.getValue())) {
            addPart.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        ChangeListener<Boolean> whenTrue = (o, was, now) -> {
            if (Boolean.TRUE.equals(now)) {
                once[0].run();
            }
        };
        boolean[] done = new boolean[1];
        // Also keeps {@code needed} reachable (a binding made for this call is otherwise held only weakly).
        once[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                needed.removeListener(whenTrue);
                addPart.run();
            }
        };
        needed.addListener(whenTrue);
        afterFirstFrame(anchor, once[0]);
    }

    private static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        // Called after the CSS and layout of every pulse, before that frame is drawn: the action goes to the
        // next turn of the FX thread, so what it changes is styled and laid out in a later pulse.
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
