package uk.gov.gcs.digitalskills.core.objective;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/**
 * Rules a toolkit must follow beyond its schema: placeholders and fields match exactly, ids are unique,
 * and, when its questionnaire is known, every area, level and role it names exists there.
 */
public final class ToolkitRules {
    private ToolkitRules() {
    }

    public static List<Problem> check(ObjectiveToolkit toolkit, Optional<Questionnaire> questionnaire) {
        List<Problem> problems = new ArrayList<>();
        Set<String> templateIds = new HashSet<>();
        for (int t = 0; t < toolkit.templates().size(); t++) {
            ObjectiveTemplate template = toolkit.templates().get(t);
            String path = "/templates/" + t;
            if (!templateIds.add(template.id())) {
                problems.add(new Problem(path + "/id", "template id '" + template.id() + "' is used more than once"));
            }
            checkFields(template, path, problems);
            questionnaire.ifPresent(q -> checkAgainst(q, template, path, problems));
        }
        return List.copyOf(problems);
    }

    /** Problems with one template alone; a template with any is never offered. */
    public static List<Problem> checkTemplate(ObjectiveTemplate template) {
        List<Problem> problems = new ArrayList<>();
        checkFields(template, "", problems);
        return problems;
    }

    private static void checkFields(ObjectiveTemplate template, String path, List<Problem> problems) {
        Set<String> fieldIds = new LinkedHashSet<>();
        for (int f = 0; f < template.fields().size(); f++) {
            TemplateField field = template.fields().get(f);
            if (!fieldIds.add(field.id())) {
                problems.add(new Problem(path + "/fields/" + f + "/id",
                        "field id '" + field.id() + "' is used more than once"));
            }
            if (field.kind() == FieldKind.CHOICE && !field.options().contains(field.example())) {
                problems.add(new Problem(path + "/fields/" + f + "/example",
                        "the example '" + field.example() + "' is not one of the field's options"));
            }
        }
        Set<String> placeholders = new LinkedHashSet<>(template.placeholders());
        for (String name : placeholders) {
            if (!fieldIds.contains(name)) {
                problems.add(new Problem(path + "/pattern",
                        "placeholder {" + name + "} has no field with that id"));
            }
        }
        for (String id : fieldIds) {
            if (!placeholders.contains(id)) {
                problems.add(new Problem(path + "/fields",
                        "field '" + id + "' is not used in the pattern (add {" + id + "})"));
            }
        }
    }

    private static void checkAgainst(Questionnaire q, ObjectiveTemplate template, String path,
                                     List<Problem> problems) {
        if (q.area(template.area()).isEmpty()) {
            problems.add(new Problem(path + "/area",
                    "area '" + template.area() + "' is not in questionnaire " + q.ref()));
        }
        for (int i = 0; i < template.levels().size(); i++) {
            if (q.level(template.levels().get(i)).isEmpty()) {
                problems.add(new Problem(path + "/levels/" + i,
                        "level '" + template.levels().get(i) + "' is not a level of questionnaire " + q.ref()));
            }
        }
        for (int i = 0; i < template.roles().size(); i++) {
            if (q.profile().role(template.roles().get(i)).isEmpty()) {
                problems.add(new Problem(path + "/roles/" + i,
                        "role '" + template.roles().get(i) + "' is not a role of questionnaire " + q.ref()));
            }
        }
    }
}
