package uk.gov.gcs.digitalskills.io.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.io.json.AnswerCodec;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.ManagerCodec;
import uk.gov.gcs.digitalskills.io.json.ObjectiveCodec;
import uk.gov.gcs.digitalskills.io.json.ReviewCodec;

/**
 * The JSON text kept in the store's columns: answers, objectives, the manager's response and reviews in
 * the result file's own form ({@link AnswerCodec}, {@link ObjectiveCodec}, {@link ManagerCodec},
 * {@link ReviewCodec}), so a record reads the same from either.
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

    static String manager(ManagerResponse response) {
        return ManagerCodec.toJson(response).toString();
    }

    static ManagerResponse manager(String json) {
        List<Problem> problems = new ArrayList<>();
        ManagerResponse response = ManagerCodec.fromJson(parse(json), "", problems);
        if (!problems.isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.READ,
                    new IllegalArgumentException("a saved manager's response: " + problems));
        }
        return response;
    }

    static String review(Review review) {
        return ReviewCodec.toJson(review).toString();
    }

    static Review review(String json) {
        List<Problem> problems = new ArrayList<>();
        Optional<Review> review = ReviewCodec.fromJson(parse(json), "", problems);
        return review.orElseThrow(() -> new DatabaseException(DatabaseException.Kind.READ,
                new IllegalArgumentException("a saved review: " + problems)));
    }

    private static JsonNode parse(String json) {
        try {
            return JsonSupport.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new DatabaseException(DatabaseException.Kind.READ, e);
        }
    }
}
