package uk.gov.gcs.digitalskills.app.objective;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;

/**
 * The sentence: generated from the fields (the preview) until the person rewords it, then kept as edited, per
 * template, so that switching templates and back finds the edit again.
 */
final class SentenceModel {
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final StringProperty sentence = new SimpleStringProperty(this, "sentence", "");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "sentenceEdited", false);
    private final Map<String, String> editedSentences = new HashMap<>();
    private ObjectiveTemplate template;
    private boolean setting;

    /** @param typed runs when the person changes the sentence (the "saved" status no longer holds) */
    SentenceModel(Runnable typed) {
        sentence.addListener((obs, old, now) -> {
            if (!setting && template != null) {
                typed(now);
                typed.run();
            }
        });
    }

    /** The sentence generated from the fields has changed; the sentence follows unless it was edited. */
    void generated(String text) {
        preview.set(text);
        if (!edited.get()) {
            set(text);
        }
    }

    /** Shows the sentence for a newly chosen template: its earlier edit, or the generated one. */
    void showFor(ObjectiveTemplate chosen) {
        template = chosen;
        String edit = editedSentences.get(chosen.id());
        edited.set(edit != null);
        set(edit != null ? edit : preview.get());
    }

    /** Keeps a saved sentence that differs from the generated one as this template's edit. */
    void keepEdit(ObjectiveTemplate t, String text) {
        editedSentences.put(t.id(), text);
    }

    /** Drops the free edits: the sentence follows the fields again. */
    void reset() {
        if (template != null) {
            editedSentences.remove(template.id());
            showFor(template);
        }
    }

    /** What to save: the sentence as worded, or the generated one if it was emptied. */
    String toSave() {
        String text = sentence.get();
        return text == null || text.isBlank() ? preview.get() : text.strip();
    }

    private void typed(String now) {
        boolean changed = !now.equals(preview.get());
        edited.set(changed);
        if (changed) {
            editedSentences.put(template.id(), now);
        } else {
            editedSentences.remove(template.id());
        }
    }

    private void set(String text) {
        setting = true;
        sentence.set(text);
        setting = false;
    }

    ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    StringProperty sentenceProperty() {
        return sentence;
    }

    ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }
}
