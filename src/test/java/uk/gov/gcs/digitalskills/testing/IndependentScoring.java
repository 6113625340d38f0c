package uk.gov.gcs.digitalskills.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A second reading of the scoring rules (DESIGN.md §3.2) straight from the raw JSON, deliberately sharing no
 * code with the app (it never calls the app's scorer or reads its records), so that tests can check the app's
 * figures against it. Arithmetic is in integer fractions; rounding half-up is done with integers only.
 */
public final class IndependentScoring {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

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

    /** Whether the item is in the knowledge part: choice and multi; scale items are self-ratings. */
    public static boolean knowledge(JsonNode question) {
        return !"scale".equals(question.path("type").asText());
    }

    /**
     * Whether "n/a" may be answered: a scale item, the scale has notApplicable, and (schemaVersion 2 only)
     * the item's allowNotApplicable, else its area's, is not false.
     */
    public static boolean notApplicableAllowed(JsonNode questionnaire, JsonNode area, JsonNode question) {
        if (knowledge(question) || !questionnaire.path("scale").has("notApplicable")) {
            return false;
        }
        if (questionnaire.path("schemaVersion").asInt() < 2) {
            return true;
        }
        JsonNode own = question.get("allowNotApplicable");
        if (own != null) {
            return own.asBoolean();
        }
        return area.path("allowNotApplicable").asBoolean(true);
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

    /** An exact fraction n/d of integers, d > 0. */
    private record Fraction(BigInteger n, BigInteger d) {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        static Fraction of(BigDecimal value) {
            return value.scale() <= 0 ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
                    : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
        }

        Fraction plus(Fraction o) {
            return new Fraction(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Fraction times(long k) {
            return new Fraction(n.multiply(BigInteger.valueOf(k)), d);
        }

        Fraction over(Fraction o) {
            return new Fraction(n.multiply(o.d), d.multiply(o.n));
        }

        boolean isZero() {
            return n.signum() == 0;
        }

        /** As printed: a plain number without trailing zeros. */
        BigDecimal plain() {
            BigDecimal value = new BigDecimal(n).divide(new BigDecimal(d));
            return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }
    }

    /** Weighted points and maximum of a set of items. */
    private static final class Sum {
        Fraction points = Fraction.ZERO;
        Fraction max = Fraction.ZERO;

        /** The exact fraction points/max (percent = 100 times it), or null when max is 0. */
        Fraction share() {
            return max.isZero() ? null : points.over(max);
        }
    }

    /** 10·x rounded half-up, for x = a percent: floor(20·x + 1) / 2. */
    private static BigInteger roundTenths(Fraction percent) {
        return percent.n.multiply(BigInteger.valueOf(20)).divide(percent.d).add(BigInteger.ONE).shiftRight(1);
    }

    private static String level(JsonNode questionnaire, BigDecimal percent) {
        String level = null;
        for (JsonNode l : questionnaire.get("levels")) {
            if (l.get("minPercent").decimalValue().compareTo(percent) <= 0) {
                level = l.get("id").asText();
            }
        }
        return level;
    }

    /** The mean of exact percents, rounded; null for none. */
    private static BigDecimal meanPercent(List<Fraction> shares) {
        if (shares.isEmpty()) {
            return null;
        }
        Fraction total = Fraction.ZERO;
        for (Fraction share : shares) {
            total = total.plus(share);
        }
        return new BigDecimal(roundTenths(total.times(100).over(new Fraction(BigInteger.valueOf(shares.size()),
                BigInteger.ONE))), 1);
    }

    /**
     * What {@code score} must print for these answers (DESIGN.md §4), built from the raw questionnaire JSON:
     * areas for the role with their two parts and calibration, and the overall with its two parts.
     */
    public static ObjectNode score(JsonNode questionnaire, String role, JsonNode answers) {
        ObjectNode out = NODES.objectNode();
        out.putObject("questionnaire").put("id", questionnaire.get("id").asText())
                .put("version", questionnaire.get("version").asText());
        ArrayNode unanswered = NODES.arrayNode();
        ArrayNode areas = NODES.arrayNode();
        List<Fraction> core = new ArrayList<>();
        List<Fraction> coreSelf = new ArrayList<>();
        List<Fraction> coreKnowledge = new ArrayList<>();
        int scaleMax = scaleMax(questionnaire);
        for (JsonNode area : questionnaire.get("areas")) {
            if (!appliesTo(area, role)) {
                continue;
            }
            Sum all = new Sum();
            Sum self = new Sum();
            Sum know = new Sum();
            for (JsonNode q : area.get("questions")) {
                JsonNode answer = answers.get(q.get("id").asText());
                if (answer == null) {
                    unanswered.add(q.get("id").asText());
                    continue;
                }
                Item item = item(q, answer, scaleMax);
                if (item == null) {
                    continue;
                }
                Fraction weight = Fraction.of(q.has("weight") ? q.get("weight").decimalValue() : BigDecimal.ONE);
                Fraction points = weight.times(item.points());
                Fraction max = weight.times(item.max());
                for (Sum sum : new Sum[] {all, knowledge(q) ? know : self}) {
                    sum.points = sum.points.plus(points);
                    sum.max = sum.max.plus(max);
                }
            }
            ObjectNode a = areas.addObject();
            a.put("id", area.get("id").asText());
            a.put("title", area.get("title").asText());
            a.put("core", area.get("core").asBoolean());
            a.put("points", all.points.plain());
            a.put("max", all.max.plain());
            BigDecimal percent = rounded(all.share());
            a.put("percent", percent);
            a.put("level", percent == null ? null : level(questionnaire, percent));
            BigDecimal selfPercent = rounded(self.share());
            BigDecimal knowledgePercent = rounded(know.share());
            a.putObject("selfRating").put("points", self.points.plain()).put("max", self.max.plain())
                    .put("percent", selfPercent);
            a.putObject("knowledge").put("points", know.points.plain()).put("max", know.max.plain())
                    .put("percent", knowledgePercent);
            a.put("calibration", calibration(selfPercent, knowledgePercent));
            if (area.get("core").asBoolean()) {
                addIfScored(core, all);
                addIfScored(coreSelf, self);
                addIfScored(coreKnowledge, know);
            }
        }
        out.put("complete", unanswered.isEmpty());
        out.set("unanswered", unanswered);
        out.set("areas", areas);
        BigDecimal overall = meanPercent(core);
        if (overall == null) {
            out.putNull("overall");
        } else {
            ObjectNode o = out.putObject("overall");
            o.put("percent", overall).put("level", level(questionnaire, overall));
            o.putObject("selfRating").put("percent", meanPercent(coreSelf));
            o.putObject("knowledge").put("percent", meanPercent(coreKnowledge));
        }
        return out;
    }

    private static void addIfScored(List<Fraction> shares, Sum sum) {
        if (sum.share() != null) {
            shares.add(sum.share());
        }
    }

    /** 100·share rounded half-up to one decimal; null when not scored. */
    private static BigDecimal rounded(Fraction share) {
        return share == null ? null : new BigDecimal(roundTenths(share.times(100)), 1);
    }

    /** "over" / "under" when the rounded parts differ by 25.0 points or more, compared in whole tenths. */
    private static String calibration(BigDecimal self, BigDecimal knowledge) {
        if (self == null || knowledge == null) {
            return null;
        }
        int gapTenths = self.unscaledValue().intValueExact() - knowledge.unscaledValue().intValueExact();
        return gapTenths >= 250 ? "over" : gapTenths <= -250 ? "under" : "aligned";
    }
}
