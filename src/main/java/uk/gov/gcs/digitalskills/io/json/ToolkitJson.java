package uk.gov.gcs.digitalskills.io.json;

import static uk.gov.gcs.digitalskills.io.json.JsonSupport.strings;
import static uk.gov.gcs.digitalskills.io.json.JsonSupport.textOrNull;

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
        return new ObjectiveToolkit(textOrNull(root, "id"), textOrNull(root, "version"),
                textOrNull(root, "questionnaire"), templates);
    }

    private static ObjectiveTemplate template(JsonNode node) {
        List<TemplateField> fields = new ArrayList<>();
        for (JsonNode field : node.path("fields")) {
            FieldKind kind = FieldKind.valueOf(field.path("kind").asText().toUpperCase(Locale.ROOT));
            fields.add(new TemplateField(textOrNull(field, "id"), textOrNull(field, "label"),
                    textOrNull(field, "hint"), textOrNull(field, "example"), kind, strings(field.path("options"))));
        }
        JsonNode smart = node.path("smart");
        SmartNotes notes = new SmartNotes(textOrNull(smart, "specific"), textOrNull(smart, "measurable"),
                textOrNull(smart, "achievable"), textOrNull(smart, "relevant"), textOrNull(smart, "timeBound"));
        return new ObjectiveTemplate(textOrNull(node, "id"), textOrNull(node, "area"), strings(node.path("levels")),
                strings(node.path("roles")), textOrNull(node, "title"), textOrNull(node, "pattern"), fields, notes);
    }
}
