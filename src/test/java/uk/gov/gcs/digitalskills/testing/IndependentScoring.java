package uk.gov.gcs.digitalskills.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A second reading of the scoring rules (DESIGN.md §3.2) straight from the raw JSON, deliberately sharing no
 * code with the app, so that tests can check the app's figures against it.
 */
public final class IndependentScoring {
    private IndependentScoring() {
    }

    /** Unweighted points and maximum of one answered item, or null when "n/a" removes it. */
    public record Item(int points, int max) {
    }

    public static int scaleMax(JsonNode questionnaire) {
        int max = 0;
        for (JsonNode option : questionnaire.path("scale").path("options")) {
            max = Math.max(max, option.path("value").asInt());
        }
        return max;
    }

    /** Whether a person in this role sees the area: no roles means everyone. */
    public static boolean appliesTo(JsonNode area, String role) {
        boolean applies = area.path("roles").isEmpty();
        for (JsonNode r : area.path("roles")) {
            applies |= r.asText().equals(role);
        }
        return applies;
    }

    public static Item item(JsonNode question, JsonNode answer, int scaleMax) {
        if (answer.isTextual() && answer.asText().equals("n/a")) {
            return null;
        }
        switch (question.path("type").asText()) {
            case "scale":
                return new Item(answer.asInt(), scaleMax);
            case "choice": {
                int points = 0;
                int max = 0;
                for (JsonNode option : question.path("options")) {
                    max = Math.max(max, option.path("score").asInt());
                    if (option.path("id").asText().equals(answer.asText())) {
                        points = option.path("score").asInt();
                    }
                }
                return new Item(points, max);
            }
            default: {
                int right = 0;
                int wrong = 0;
                int max = 0;
                for (JsonNode option : question.path("options")) {
                    boolean chosen = false;
                    for (JsonNode picked : answer) {
                        chosen |= picked.asText().equals(option.path("id").asText());
                    }
                    if (option.path("correct").asBoolean()) {
                        max++;
                        right += chosen ? 1 : 0;
                    } else {
                        wrong += chosen ? 1 : 0;
                    }
                }
                return new Item(Math.max(0, right - wrong), max);
            }
        }
    }
}
