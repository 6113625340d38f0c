package uk.gov.gcs.digitalskills.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What every page object shares: find by #id, wait for a screen, read text. */
public abstract class Page {
    protected final FxRobot robot;

    protected Page(FxRobot robot, String screenId) {
        this.robot = robot;
        waitFor(screenId);
    }

    protected final void waitFor(String id) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the screen #" + id + " did not appear", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected final <T extends Node> T node(String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    protected final boolean exists(String id) {
        return robot.lookup("#" + id).tryQuery().isPresent();
    }

    protected final boolean visible(String id) {
        return robot.lookup("#" + id).tryQuery().map(Page::shown).orElse(false);
    }

    /** Visible itself and inside visible parents, so a user could see it. */
    protected static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    protected final String text(String id) {
        return node(id, Labeled.class).getText();
    }

    protected final void click(String id) {
        Node target = node(id, Node.class);
        assertThat(target.isDisabled()).as("#" + id + " is enabled").isFalse();
        reveal(target);
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks into a text field or area and types. */
    protected final void type(String id, String text) {
        Node target = node(id, Node.class);
        reveal(target);
        robot.clickOn(target).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Activates a control without the mouse, as a keyboard user would (focus, then Space). */
    protected final void press(String id) {
        Node target = node(id, Node.class);
        robot.interact(target::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the screen until the node is in view, as a user would before clicking it. */
    protected final void reveal(Node target) {
        robot.interact(() -> {
            for (Node n = target; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double total = content.getBoundsInLocal().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    javafx.geometry.Bounds b = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
                    if (total > viewport) {
                        double y = Math.max(0, b.getMinY() - viewport / 3);
                        scroll.setVvalue(Math.min(1, y / (total - viewport)));
                    }
                    scroll.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public final Node focusOwner() {
        return robot.listTargetWindows().get(0).getScene().getFocusOwner();
    }
}
