package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;
import uk.gov.gcs.digitalskills.core.scoring.OverallScore;
import uk.gov.gcs.digitalskills.core.scoring.PartScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/** Scores as the {@code score} command prints them and as result files carry them (DESIGN.md §4). */
public final class ScoreJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ScoreJson() {
    }

    public static ObjectNode toJson(ScoreReport report) {
        ObjectNode root = NODES.objectNode();
        ObjectNode questionnaire = root.putObject("questionnaire");
        questionnaire.put("id", report.questionnaire().id());
        questionnaire.put("version", report.questionnaire().version());
        root.put("complete", report.complete());
        ArrayNode unanswered = root.putArray("unanswered");
        report.unanswered().forEach(unanswered::add);
        ArrayNode areas = root.putArray("areas");
        for (AreaScore area : report.areas()) {
            ObjectNode node = areas.addObject();
            node.put("id", area.areaId());
            node.put("title", area.title());
            node.put("core", area.core());
            node.put("points", area.points());
            node.put("max", area.max());
            if (area.scored()) {
                node.put("percent", area.percent().orElseThrow());
                node.put("level", area.level().orElseThrow().id());
            } else {
                node.putNull("percent");
                node.putNull("level");
            }
            part(node.putObject("selfRating"), area.selfRating());
            part(node.putObject("knowledge"), area.knowledge());
            node.put("calibration", area.calibration().map(Calibration::id).orElse(null));
        }
        if (report.overall().isPresent()) {
            OverallScore score = report.overall().get();
            ObjectNode overall = root.putObject("overall");
            overall.put("percent", score.percent());
            overall.put("level", score.level().id());
            overall.putObject("selfRating").put("percent", score.selfRatingPercent().orElse(null));
            overall.putObject("knowledge").put("percent", score.knowledgePercent().orElse(null));
        } else {
            root.putNull("overall");
        }
        return root;
    }

    /** A part's figures, formatted as the area's own: plain points and max, percent to one decimal or null. */
    private static void part(ObjectNode node, PartScore part) {
        node.put("points", part.points());
        node.put("max", part.max());
        node.put("percent", part.percent().orElse(null));
    }
}
