package uk.gov.gcs.digitalskills.core.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digital objective with blanks: {@code pattern} holds {@code {field}} placeholders, one per field.
 * It suits people at the listed levels in its area; empty roles mean everyone.
 */
public record ObjectiveTemplate(String id, String area, List<String> levels, List<String> roles, String title,
                                String pattern, List<TemplateField> fields, SmartNotes smart) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public ObjectiveTemplate {
        levels = List.copyOf(levels);
        roles = List.copyOf(roles);
        fields = List.copyOf(fields);
    }

    /** The placeholder names in the pattern, in order of appearance (repeats kept). */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public Optional<TemplateField> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    public boolean isForRole(String roleId) {
        return !roles.isEmpty() && roles.contains(roleId);
    }

    public boolean suitsRole(String roleId) {
        return roles.isEmpty() || roles.contains(roleId);
    }

    /** The sentence with each placeholder replaced by its value; a missing value leaves the placeholder. */
    public String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            String replacement = value == null || value.isBlank() ? m.group(0) : value.strip();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
