package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small questionnaires built in code, so each test shows exactly what it scores. */
public final class TestQuestionnaires {
    public static final List<Level> LEVELS = List.of(
            new Level("awareness", "Awareness", BigDecimal.ZERO),
            new Level("working", "Working", BigDecimal.valueOf(40)),
            new Level("practitioner", "Practitioner", BigDecimal.valueOf(65)),
            new Level("expert", "Expert", BigDecimal.valueOf(85)));

    private TestQuestionnaires() {
    }

    public static Scale scale(boolean notApplicable) {
        return new Scale(List.of(new ScaleOption(0, "Never"), new ScaleOption(1, "Rarely"),
                new ScaleOption(2, "Sometimes"), new ScaleOption(3, "Often"), new ScaleOption(4, "Always")),
                notApplicable ? Optional.of("Not relevant to my role") : Optional.empty());
    }

    public static Questionnaire questionnaire(Area... areas) {
        return questionnaire(scale(true), areas);
    }

    public static Questionnaire questionnaire(Scale scale, Area... areas) {
        return new Questionnaire("test", "1", "Test", "en-GB", scale, LEVELS,
                new Profile(List.of(new ProfileEntry("press-office", "Press office"),
                        new ProfileEntry("other", "Other")), List.of(), List.of()),
                Arrays.asList(areas));
    }

    public static Area core(String id, Question... questions) {
        return area(id, true, List.of(), questions);
    }

    public static Area nonCore(String id, Question... questions) {
        return area(id, false, List.of(), questions);
    }

    public static Area forRole(String id, String role, Question... questions) {
        return area(id, false, List.of(role), questions);
    }

    public static Area area(String id, boolean core, List<String> roles, Question... questions) {
        Map<String, String> advice = new LinkedHashMap<>();
        LEVELS.forEach(l -> advice.put(l.id(), "Advice for " + l.id()));
        return new Area(id, "Title " + id, "Summary", core, roles, Arrays.asList(questions), advice, List.of());
    }

    public static ScaleQuestion scaleQ(String id) {
        return new ScaleQuestion(id, "I do " + id, Optional.empty(), BigDecimal.ONE);
    }

    public static ScaleQuestion scaleQ(String id, String weight) {
        return new ScaleQuestion(id, "I do " + id, Optional.empty(), new BigDecimal(weight));
    }

    /** A choice question whose options a, b, c... score as given. */
    public static ChoiceQuestion choiceQ(String id, int... scores) {
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            options.add(new ChoiceOption(String.valueOf((char) ('a' + i)), "Option " + i, scores[i]));
        }
        return new ChoiceQuestion(id, "Which " + id, Optional.empty(), BigDecimal.ONE, options);
    }

    /** A multi question whose options a, b, c... are correct as given. */
    public static MultiQuestion multiQ(String id, boolean... correct) {
        List<MultiOption> options = new ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            options.add(new MultiOption(String.valueOf((char) ('a' + i)), "Option " + i, correct[i]));
        }
        return new MultiQuestion(id, "Which " + id, Optional.empty(), BigDecimal.ONE, options);
    }
}
