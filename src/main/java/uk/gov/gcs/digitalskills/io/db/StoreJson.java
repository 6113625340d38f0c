package uk.gov.gcs.digitalskills.io.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.io.json.AnswerCodec;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.ObjectiveCodec;

/**
 * The JSON text kept in the store's columns: answers and objectives in the result file's own form
 * ({@link AnswerCodec}, {@link ObjectiveCodec}), so a record reads the same from either.
 */
final class StoreJson {
    private StoreJson() {
    }

    static String answer(Answer answer) {
        return AnswerCodec.toJson(answer).toString();
    }

    static Answer answer(String json) {
        return AnswerCodec.fromJson(parse(json)).orElseThrow(() -> new DatabaseException(DatabaseException.Kind.READ,
                new IllegalArgumentException("not an answer: " + json)));
    }

    static String objective(DigitalObjective objective) {
        return ObjectiveCodec.toJson(objective).toString();
    }

    static DigitalObjective objective(String json) {
        List<Problem> problems = new ArrayList<>();
        DigitalObjective objective = ObjectiveCodec.fromJson(parse(json), "", problems);
        if (!problems.isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.READ,
                    new IllegalArgumentException("a saved objective: " + problems));
        }
        return objective;
    }

    private static JsonNode parse(String json) {
        try {
            return JsonSupport.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new DatabaseException(DatabaseException.Kind.READ, e);
        }
    }
}
