package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import uk.gov.gcs.digitalskills.core.objective.FieldKind;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.SmartNotes;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;

/** The objective toolkit file (DESIGN.md §3.3) as Jackson sees it; converted only after the schema check. */
final class ToolkitJson {
    private ToolkitJson() {
    }

    static ObjectiveToolkit toDomain(JsonNode root) {
        return JsonSupport.mapper().convertValue(root, ToolkitDto.class).toDomain();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ToolkitDto(String id, String version, String questionnaire, List<TemplateDto> templates) {
        ObjectiveToolkit toDomain() {
            return new ObjectiveToolkit(id, version, questionnaire,
                    templates.stream().map(TemplateDto::toDomain).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TemplateDto(String id, String area, List<String> levels, List<String> roles, String title,
                       String pattern, List<FieldDto> fields, SmartNotes smart) {
        ObjectiveTemplate toDomain() {
            return new ObjectiveTemplate(id, area, levels, roles == null ? List.of() : roles, title, pattern,
                    fields.stream().map(FieldDto::toDomain).toList(), smart);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldDto(String id, String label, String hint, String example, String kind, List<String> options) {
        TemplateField toDomain() {
            return new TemplateField(id, label, hint, example, FieldKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    options == null ? List.of() : options);
        }
    }
}
