package uk.gov.gcs.digitalskills.core.objective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Objective templates built in code, shaped like the real toolkit's (the nine well-known fields). */
public final class TestTemplates {
    public static final String PATTERN = "By {deadline}, I will {action} on {channel} for {audience}, raising {metric}"
            + " from {baseline} to {target}, evidenced by {evidence}, in support of {objective}.";
    public static final String PERCENT_PATTERN = "By {deadline}, I will {action} on {channel} for {audience},"
            + " raising {metric} from {baseline}% to {target}%, evidenced by {evidence}, in support of {objective}.";

    private TestTemplates() {
    }

    public static ObjectiveTemplate template(String id, String area, List<String> levels, List<String> roles) {
        return new ObjectiveTemplate(id, area, levels, roles, "Title " + id, PATTERN, fields(FieldKind.NUMBER),
                notes());
    }

    public static ObjectiveTemplate percentTemplate(String id) {
        return new ObjectiveTemplate(id, "planning", List.of("working"), List.of(), "Title " + id, PERCENT_PATTERN,
                fields(FieldKind.PERCENT), notes());
    }

    /** A template whose pattern names a field it does not have: ToolkitRules rejects it. */
    public static ObjectiveTemplate broken(String id, String area, List<String> levels) {
        return new ObjectiveTemplate(id, area, levels, List.of(), "Broken " + id, PATTERN + " {extra}",
                fields(FieldKind.NUMBER), notes());
    }

    public static SmartNotes notes() {
        return new SmartNotes("S note", "M note", "A note", "R note", "T note");
    }

    public static List<TemplateField> fields(FieldKind numberKind) {
        List<TemplateField> fields = new ArrayList<>();
        fields.add(new TemplateField("action", "What you will do", "hint", "plan every post", FieldKind.TEXT, List.of()));
        fields.add(new TemplateField("channel", "Channel or activity", "hint", "GOV.UK", FieldKind.CHOICE,
                List.of("social media", "GOV.UK", "email bulletin")));
        fields.add(new TemplateField("audience", "Audience", "hint", "small business owners", FieldKind.TEXT, List.of()));
        fields.add(new TemplateField("metric", "What you will measure", "hint", "monthly visits", FieldKind.TEXT,
                List.of()));
        fields.add(new TemplateField("baseline", "Baseline", "hint", "30", numberKind, List.of()));
        fields.add(new TemplateField("target", "Target", "hint", "45", numberKind, List.of()));
        fields.add(new TemplateField("deadline", "Deadline", "hint", "2027-03-31", FieldKind.DATE, List.of()));
        fields.add(new TemplateField("evidence", "Evidence source", "hint", "web analytics", FieldKind.TEXT, List.of()));
        fields.add(new TemplateField("objective", "Policy or business objective", "hint", "more firms online",
                FieldKind.TEXT, List.of()));
        return fields;
    }

    /** Values that pass every SMART letter when today is 2026-05-01. */
    public static Map<String, String> goodValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("action", "plan every post");
        values.put("channel", "GOV.UK");
        values.put("audience", "small business owners");
        values.put("metric", "monthly visits");
        values.put("baseline", "800");
        values.put("target", "1200");
        values.put("deadline", "2027-03-31");
        values.put("evidence", "web analytics");
        values.put("objective", "more firms online");
        return values;
    }
}
