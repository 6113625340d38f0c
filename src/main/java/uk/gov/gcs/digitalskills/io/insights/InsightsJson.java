package uk.gov.gcs.digitalskills.io.insights;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.GroupSummary;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.QuestionSummary;

/**
 * Insights as JSON. A suppressed count is {@code null} with {@code "suppressed": "fewer than N"} beside it,
 * so the number never appears.
 */
public final class InsightsJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private InsightsJson() {
    }

    public static ObjectNode toJson(InsightsReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("anonymised", InsightsNotes.anonymised());
        ObjectNode suppression = root.putObject("suppression");
        suppression.put("minGroupSize", report.minGroupSize());
        suppression.put("rule", InsightsNotes.suppression(report.minGroupSize()));
        ObjectNode period = root.putObject("period");
        period.put("from", report.query().from().map(Object::toString).orElse(null));
        period.put("to", report.query().to().map(Object::toString).orElse(null));
        root.put("grouping", report.query().grouping().id());
        ArrayNode levels = root.putArray("levels");
        report.levels().forEach(l -> levels.addObject().put("id", l.id()).put("label", l.label()));
        root.set("overall", group(report, report.overall()));
        ArrayNode groups = root.putArray("groups");
        report.groups().forEach(g -> groups.add(group(report, g)));
        return root;
    }

    private static ObjectNode group(InsightsReport report, GroupSummary group) {
        ObjectNode node = NODES.objectNode();
        node.put("key", group.key());
        node.put("label", group.label());
        count(node, "results", group.count());
        if (group.count().suppressed()) {
            return node;
        }
        ArrayNode areas = node.putArray("areas");
        for (AreaSummary area : group.areas()) {
            ObjectNode a = areas.addObject();
            a.put("id", area.areaId());
            a.put("title", area.title());
            a.put("core", area.core());
            count(a, "results", area.count());
            if (!area.count().suppressed()) {
                a.put("mean", area.mean().orElseThrow());
                a.put("median", area.median().orElseThrow());
                ArrayNode levels = a.putArray("levels");
                for (int i = 0; i < area.levelCounts().size(); i++) {
                    ObjectNode level = levels.addObject().put("id", report.levels().get(i).id());
                    count(level, "results", area.levelCounts().get(i));
                }
            }
        }
        ArrayNode lowest = node.putArray("lowestQuestions");
        for (QuestionSummary q : group.lowestQuestions()) {
            lowest.addObject().put("id", q.questionId()).put("area", q.areaId()).put("text", q.text())
                    .put("results", q.count()).put("meanPercentOfMax", q.meanPercentOfMax());
        }
        return node;
    }

    private static void count(ObjectNode node, String field, Count count) {
        if (count instanceof Count.Shown shown) {
            node.put(field, shown.value());
        } else {
            node.putNull(field);
            node.put("suppressed", InsightsNotes.suppressed(count));
        }
    }
}
