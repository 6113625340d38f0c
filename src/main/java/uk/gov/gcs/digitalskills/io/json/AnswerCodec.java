package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.Answer;

/**
 * The one JSON form of an answer (DESIGN.md §3.4): a whole number, an option id, a list of option ids, or
 * {@code "n/a"}. The result file, the assessment store and the insights store all use it, so an answer
 * reads the same wherever it is kept.
 */
public final class AnswerCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private AnswerCodec() {
    }

    public static JsonNode toJson(Answer answer) {
        if (answer instanceof Answer.ScaleValue scale) {
            return NODES.numberNode(scale.value());
        }
        if (answer instanceof Answer.Choice choice) {
            return NODES.textNode(choice.optionId());
        }
        if (answer instanceof Answer.Multi multi) {
            ArrayNode list = NODES.arrayNode();
            multi.optionIds().forEach(list::add);
            return list;
        }
        return NODES.textNode(Answer.NotApplicable.CODE);
    }

    /** The answer this JSON holds; empty when it has none of the four shapes. */
    public static Optional<Answer> fromJson(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return Optional.of(new Answer.ScaleValue(value.intValue()));
        }
        if (value.isTextual()) {
            return Optional.of(Answer.NotApplicable.CODE.equals(value.textValue()) ? Answer.NOT_APPLICABLE
                    : new Answer.Choice(value.textValue()));
        }
        if (value.isArray()) {
            List<String> ids = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    return Optional.empty();
                }
                ids.add(item.textValue());
            }
            return Optional.of(new Answer.Multi(ids));
        }
        return Optional.empty();
    }
}
