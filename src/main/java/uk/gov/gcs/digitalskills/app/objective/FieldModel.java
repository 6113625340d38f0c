package uk.gov.gcs.digitalskills.app.objective;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import uk.gov.gcs.digitalskills.core.objective.FieldKind;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;

/**
 * One field of the form: its label, hint and example from the template, the text typed (shared by every
 * template with a field of this id, so switching templates loses nothing) and the message to show by it.
 */
public final class FieldModel {
    private final TemplateField field;
    private final StringProperty value;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final String exampleText;

    FieldModel(TemplateField field, StringProperty value, String exampleText) {
        this.field = field;
        this.value = value;
        this.exampleText = exampleText;
    }

    public String id() {
        return field.id();
    }

    public String label() {
        return field.label();
    }

    public String hint() {
        return field.hint();
    }

    public FieldKind kind() {
        return field.kind();
    }

    public List<String> options() {
        return field.options();
    }

    public String example() {
        return field.example();
    }

    /** "For example: ..." for the field's help text. */
    public String exampleText() {
        return exampleText;
    }

    /** What is typed in the field, as typed. */
    public StringProperty valueProperty() {
        return value;
    }

    /** The message by the field: empty when there is nothing to fix, or before the field is used. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void setMessage(String text) {
        message.set(text);
    }
}
