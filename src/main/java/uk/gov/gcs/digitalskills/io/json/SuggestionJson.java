package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveText;
import uk.gov.gcs.digitalskills.core.objective.suggest.Suggestion;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;

/**
 * What {@code suggest} prints: {@code {"questionnaire": {"id", "version"}, "suggestions": [{"templateId",
 * "area", "title", "text", "deadline"}]}}. The text is the pattern filled with the template's examples and
 * the default deadline.
 */
public final class SuggestionJson {
    private SuggestionJson() {
    }

    public static ObjectNode toJson(QuestionnaireRef questionnaire, List<Suggestion> suggestions, LocalDate deadline) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode ref = root.putObject("questionnaire");
        ref.put("id", questionnaire.id());
        ref.put("version", questionnaire.version());
        ArrayNode list = root.putArray("suggestions");
        for (Suggestion suggestion : suggestions) {
            ObjectNode item = list.addObject();
            item.put("templateId", suggestion.template().id());
            item.put("area", suggestion.area().areaId());
            item.put("title", suggestion.template().title());
            item.put("text", ObjectiveText.example(suggestion.template(), deadline));
            item.put("deadline", deadline.toString());
        }
        return root;
    }
}
