package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suggest} against a second, independent reading of the rule, written over the raw JSON of the
 * toolkit and of {@code score}'s output, on random results it has never seen (every role, "n/a", skipped
 * questions, coarse answers that make ties likely).
 */
class SuggestIndependentCheckTest {
    private static final int RESULTS = 60;

    @TempDir
    Path dir;

    @Test
    void suggestAgreesWithAnIndependentImplementationOnRandomResults() {
        Random random = new Random(20260501L);
        List<String> roles = new ArrayList<>();
        ResultFiles.QUESTIONNAIRE.get("profile").get("roles").forEach(r -> roles.add(r.get("id").asText()));
        int nonEmpty = 0;
        int roleSpecificFirst = 0;
        for (int i = 0; i < RESULTS; i++) {
            String role = roles.get(random.nextInt(roles.size()));
            Path file = randomResult(random, role).write(dir, "r" + i + ".dsa.json");
            String data = dir.resolve("data").toString();

            ResultFiles.Run score = ResultFiles.run("--data-dir", data, "score", file.toString());
            ResultFiles.Run suggest = ResultFiles.run("--data-dir", data, "suggest", file.toString(),
                    "--today", "2026-06-15");

            assertThat(score.code()).as(score.err()).isZero();
            assertThat(suggest.code()).as(suggest.err()).isZero();
            List<String> expected = expected(score.json(), role);
            List<String> actual = new ArrayList<>();
            suggest.json().get("suggestions").forEach(s -> actual.add(s.get("templateId").asText()));
            assertThat(actual).as("result %d, role %s, scores %s", i, role, score.out()).isEqualTo(expected);
            if (!expected.isEmpty()) {
                nonEmpty++;
                if (!template(expected.get(0)).get("roles").isEmpty()) {
                    roleSpecificFirst++;
                }
            }
        }
        // The random results must exercise the rule, not just agree on empty lists.
        assertThat(nonEmpty).isGreaterThan(RESULTS / 2);
        assertThat(roleSpecificFirst).isPositive();
    }

    /** The rule, read again from issue 5 and applied to the printed scores and the toolkit file. */
    private static List<String> expected(JsonNode scores, String role) {
        List<String> areaOrder = new ArrayList<>();
        ResultFiles.QUESTIONNAIRE.get("areas").forEach(a -> areaOrder.add(a.get("id").asText()));
        List<JsonNode> core = new ArrayList<>();
        scores.get("areas").forEach(a -> {
            if (a.get("core").asBoolean() && !a.get("percent").isNull()) {
                core.add(a);
            }
        });
        core.sort(Comparator.comparing((JsonNode a) -> new BigDecimal(a.get("percent").asText()))
                .thenComparing(a -> areaOrder.indexOf(a.get("id").asText())));
        for (JsonNode area : core) {
            List<String> specific = new ArrayList<>();
            List<String> general = new ArrayList<>();
            for (JsonNode t : ResultFiles.TOOLKIT.get("templates")) {
                if (!t.get("area").asText().equals(area.get("id").asText())
                        || !contains(t.get("levels"), area.get("level").asText())) {
                    continue;
                }
                JsonNode roles = t.get("roles");
                if (roles == null || roles.isEmpty()) {
                    general.add(t.get("id").asText());
                } else if (contains(roles, role)) {
                    specific.add(t.get("id").asText());
                }
            }
            specific.addAll(general);
            if (!specific.isEmpty()) {
                return specific.subList(0, Math.min(3, specific.size()));
            }
        }
        return List.of();
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode template(String id) {
        for (JsonNode t : ResultFiles.TOOLKIT.get("templates")) {
            if (t.get("id").asText().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Every question answered at random (coarse, so ties happen), some skipped, some "n/a". */
    private static ResultFiles randomResult(Random random, String role) {
        ResultFiles result = ResultFiles.forRole(role);
        boolean allowNa = ResultFiles.QUESTIONNAIRE.get("scale").has("notApplicable");
        int bias = random.nextInt(5);
        for (JsonNode area : ResultFiles.QUESTIONNAIRE.get("areas")) {
            boolean skipArea = random.nextInt(10) == 0;
            for (JsonNode q : area.get("questions")) {
                if (skipArea || random.nextInt(15) == 0) {
                    continue;
                }
                String id = q.get("id").asText();
                JsonNode options = q.get("options");
                switch (q.get("type").asText()) {
                    case "scale" -> result.raw(id, allowNa && random.nextInt(12) == 0 ? TextNode.valueOf("n/a")
                            : IntNode.valueOf(Math.min(4, Math.max(0, bias + random.nextInt(3) - 1))));
                    case "choice" -> result.raw(id, TextNode.valueOf(
                            options.get(random.nextInt(options.size())).get("id").asText()));
                    default -> {
                        ArrayNode picked = JsonNodeFactory.instance.arrayNode();
                        options.forEach(o -> {
                            if (random.nextBoolean()) {
                                picked.add(o.get("id").asText());
                            }
                        });
                        result.raw(id, picked);
                    }
                }
            }
        }
        return result;
    }
}
