package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.gcs.digitalskills.core.objective.FieldKind;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.SmartNotes;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;

/**
 * The objective toolkit file (DESIGN.md §3.3) read from its JSON tree into the core records, like the
 * questionnaire ({@code QuestionnaireJson}); only ever after the schema check has passed.
 */
final class ToolkitJson {
    private ToolkitJson() {
    }

    static ObjectiveToolkit toDomain(JsonNode root) {
        List<ObjectiveTemplate> templates = new ArrayList<>();
        for (JsonNode template : root.path("templates")) {
            templates.add(template(template));
        }
        return new ObjectiveToolkit(text(root, "id"), text(root, "version"), text(root, "questionnaire"),
                templates);
    }

    private static ObjectiveTemplate template(JsonNode node) {
        List<TemplateField> fields = new ArrayList<>();
        for (JsonNode field : node.path("fields")) {
            fields.add(new TemplateField(text(field, "id"), text(field, "label"), text(field, "hint"),
                    text(field, "example"), FieldKind.valueOf(field.path("kind").asText().toUpperCase(Locale.ROOT)),
                    strings(field.path("options"))));
        }
        JsonNode smart = node.path("smart");
        SmartNotes notes = new SmartNotes(text(smart, "specific"), text(smart, "measurable"),
                text(smart, "achievable"), text(smart, "relevant"), text(smart, "timeBound"));
        return new ObjectiveTemplate(text(node, "id"), text(node, "area"), strings(node.path("levels")),
                strings(node.path("roles")), text(node, "title"), text(node, "pattern"), fields, notes);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }

    /** The field's text, or null when it is absent (the schema has already checked its type). */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
