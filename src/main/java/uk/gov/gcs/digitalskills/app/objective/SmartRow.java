package uk.gov.gcs.digitalskills.app.objective;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.gov.gcs.digitalskills.core.objective.SmartLetter;

/** One letter of the SMART check as shown: its name, pass or "needs work" in words, and what to do. */
public final class SmartRow {
    private final SmartLetter letter;
    private final String name;
    private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper(this, "passed", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper(this, "accessibleText", "");

    SmartRow(SmartLetter letter, String name) {
        this.letter = letter;
        this.name = name;
    }

    public SmartLetter letter() {
        return letter;
    }

    public String name() {
        return name;
    }

    public ReadOnlyBooleanProperty passedProperty() {
        return passed.getReadOnlyProperty();
    }

    /** "Passes" or "Needs work". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why it passes, or each thing to do (one a line). */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Name, status and detail in one sentence for a screen reader. */
    public ReadOnlyStringProperty accessibleTextProperty() {
        return accessibleText.getReadOnlyProperty();
    }

    void update(boolean pass, String statusText, String detailText, String accessible) {
        passed.set(pass);
        status.set(statusText);
        detail.set(detailText);
        accessibleText.set(accessible);
    }
}
