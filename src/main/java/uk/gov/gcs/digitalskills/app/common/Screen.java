package uk.gov.gcs.digitalskills.app.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * One screen as the {@link Navigator} shows it: its nodes, the control that gets focus first, and what
 * "back" (the back link and Alt+Left) does, if anything.
 */
public record Screen(String id, Parent root, Node firstFocus, Optional<Runnable> back) {
    public Screen {
        root.setId(id);
    }

    public static Screen of(String id, Parent root, Node firstFocus, Runnable back) {
        return new Screen(id, root, firstFocus, Optional.ofNullable(back));
    }
}
