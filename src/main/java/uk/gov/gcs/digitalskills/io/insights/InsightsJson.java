package uk.gov.gcs.digitalskills.io.insights;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.gov.gcs.digitalskills.core.insights.AreaAnalysis;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.CalibrationCount;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.GroupSummary;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.ItemAnalysis;
import uk.gov.gcs.digitalskills.core.insights.ObjectivesSummary;
import uk.gov.gcs.digitalskills.core.insights.QuestionAnalysis;
import uk.gov.gcs.digitalskills.core.insights.QuestionSummary;
import uk.gov.gcs.digitalskills.core.insights.YearEndCount;

/**
 * Insights as JSON (DESIGN.md §3.5). A suppressed count is {@code null} with {@code "suppressed": "fewer than N"}
 * (or {@code "withheld"}) beside it, so the number never appears; in the {@code objectives} object, which has
 * several counts, the note of {@code withObjective} is {@code withObjectiveSuppressed} and of {@code agreed}
 * {@code agreedSuppressed}.
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
        root.put("version", report.version().orElse(null));
        ArrayNode versions = root.putArray("versions");
        report.versions().forEach(versions::add);
        root.put("grouping", report.query().grouping().id());
        ArrayNode levels = root.putArray("levels");
        report.levels().forEach(l -> levels.addObject().put("id", l.id()).put("label", l.label()));
        root.set("overall", group(report, report.overall()));
        ArrayNode groups = root.putArray("groups");
        report.groups().forEach(g -> groups.add(group(report, g)));
        root.set("analysis", analysis(report.analysis()));
        return root;
    }

    static ObjectNode analysis(ItemAnalysis analysis) {
        ObjectNode node = NODES.objectNode();
        node.put("minimumResults", analysis.minimumResults());
        ArrayNode areas = node.putArray("areas");
        for (AreaAnalysis area : analysis.areas()) {
            ObjectNode a = areas.addObject().put("id", area.areaId()).put("title", area.title());
            if (area.gap().isPresent()) {
                a.putNull("results");
                a.put("reason", InsightsNotes.gap(area.gap().get(), analysis.minimumResults()));
                continue;
            }
            a.put("results", area.results().orElseThrow());
            a.put("alpha", area.alpha().orElse(null));
            area.alphaGap().ifPresent(g -> a.put("alphaReason", InsightsNotes.gap(g, analysis.minimumResults())));
            ArrayNode flags = a.putArray("flags");
            area.flags().forEach(f -> flags.add(f.id()));
            ArrayNode questions = a.putArray("questions");
            for (QuestionAnalysis q : area.questions()) {
                ObjectNode question = questions.addObject().put("id", q.questionId()).put("text", q.text())
                        .put("facility", q.facility()).put("discrimination", q.discrimination().orElse(null));
                ArrayNode qFlags = question.putArray("flags");
                q.flags().forEach(f -> qFlags.add(f.id()));
            }
        }
        return node;
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
                ArrayNode calibration = a.putArray("calibration");
                for (CalibrationCount c : area.calibration()) {
                    count(calibration.addObject().put("id", c.calibration().id()), "results", c.count());
                }
            }
        }
        group.objectives().ifPresent(o -> node.set("objectives", objectives(o)));
        ArrayNode lowest = node.putArray("lowestQuestions");
        for (QuestionSummary q : group.lowestQuestions()) {
            lowest.addObject().put("id", q.questionId()).put("area", q.areaId()).put("text", q.text())
                    .put("results", q.count()).put("meanPercentOfMax", q.meanPercentOfMax());
        }
        return node;
    }

    private static ObjectNode objectives(ObjectivesSummary objectives) {
        ObjectNode node = NODES.objectNode();
        count(node, "results", objectives.results());
        if (objectives.results().suppressed()) {
            return node;
        }
        count(node, "withObjective", objectives.withObjective(), "withObjectiveSuppressed");
        count(node, "agreed", objectives.agreed(), "agreedSuppressed");
        ArrayNode yearEnd = node.putArray("yearEnd");
        for (YearEndCount y : objectives.yearEnd()) {
            count(yearEnd.addObject().put("status", y.status().id()), "results", y.count());
        }
        return node;
    }

    private static void count(ObjectNode node, String field, Count count) {
        count(node, field, count, "suppressed");
    }

    private static void count(ObjectNode node, String field, Count count, String noteField) {
        if (count instanceof Count.Shown shown) {
            node.put(field, shown.value());
        } else {
            node.putNull(field);
            node.put(noteField, InsightsNotes.suppressed(count));
        }
    }
}
