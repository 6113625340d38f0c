package uk.gov.gcs.digitalskills.app.common;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** Ctrl+Plus / Ctrl+Minus / Ctrl+0: steps of the body text size, 19px being the normal one. */
public final class TextScale {
    public static final List<Integer> SIZES = List.of(16, 19, 22, 25, 29, 34);
    public static final int NORMAL = 1;

    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(NORMAL);

    public void larger() {
        step.set(Math.min(SIZES.size() - 1, step.get() + 1));
    }

    public void smaller() {
        step.set(Math.max(0, step.get() - 1));
    }

    public void reset() {
        step.set(NORMAL);
    }

    public int pixels() {
        return SIZES.get(step.get());
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The style class on the scene's root for a step, defined in app.css. */
    public static String styleClass(int step) {
        return "text-size-" + SIZES.get(step);
    }
}
