package uk.gov.gcs.digitalskills.core.objective;

import java.util.List;

/** One blank in an objective template, with the help a person needs to fill it. */
public record TemplateField(String id, String label, String hint, String example, FieldKind kind,
                            List<String> options) {
    public TemplateField {
        options = List.copyOf(options);
    }
}
