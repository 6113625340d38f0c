package uk.gov.gcs.digitalskills.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.multiQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scale;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleQuestion;

class AnswerRulesTest {
    private final Questionnaire q = questionnaire(core("p", scaleQ("p.s"), choiceQ("p.c", 0, 4), multiQ("p.m", true, false)));

    private List<Problem> check(String id, Answer answer) {
        return AnswerRules.check(q, Map.of(id, answer));
    }

    @Test
    void fittingAnswersPass() {
        assertThat(AnswerRules.check(q, Map.of("p.s", new Answer.ScaleValue(4), "p.c", new Answer.Choice("b"),
                "p.m", new Answer.Multi(List.of("a", "b"))))).isEmpty();
        assertThat(check("p.s", Answer.NOT_APPLICABLE)).isEmpty();
        assertThat(check("p.m", new Answer.Multi(List.of()))).isEmpty();
    }

    @Test
    void everyMisfitNamesTheQuestion() {
        assertThat(check("p.s", new Answer.ScaleValue(5))).singleElement()
                .isEqualTo(new Problem("/answers/p.s", "question 'p.s': scale value 5 is out of range (0 to 4)"));
        assertThat(check("p.s", new Answer.Choice("a")).get(0).message()).contains("whole number on the scale");
        assertThat(check("p.c", new Answer.Choice("c")).get(0).message()).isEqualTo("question 'p.c': there is no option 'c'");
        assertThat(check("p.c", new Answer.ScaleValue(1)).get(0).message()).contains("one option id");
        assertThat(check("p.c", Answer.NOT_APPLICABLE).get(0).message()).contains("only allowed for scale questions");
        assertThat(check("p.m", new Answer.Choice("a")).get(0).message()).contains("must be a list of option ids");
        assertThat(check("p.m", new Answer.Multi(List.of("a", "a"))).get(0).message()).contains("listed more than once");
        assertThat(check("p.m", new Answer.Multi(List.of("x"))).get(0).message()).contains("no option 'x'");
        assertThat(check("p.zz", new Answer.ScaleValue(1)).get(0).message()).contains("'p.zz' is not in questionnaire test 1");
    }

    @Test
    void notApplicableNeedsTheScaleToAllowIt() {
        Questionnaire strict = questionnaire(scale(false), core("p", scaleQ("p.s")));
        assertThat(AnswerRules.check(strict, Map.of("p.s", Answer.NOT_APPLICABLE))).singleElement()
                .extracting(Problem::message).asString().contains("has no \"not relevant\" option");
    }

    @Test
    void notApplicableNeedsTheItemOrItsAreaToAllowIt() {
        // As a version-2 file resolves them: each statement takes its area's value unless it says otherwise.
        Area closed = new Area("c", "Closed", "Summary", true, List.of(),
                List.of(statement("c.s", false), statement("c.open", true)), Map.of(), List.of(), false);
        Area open = new Area("o", "Open", "Summary", true, List.of(),
                List.of(statement("o.s", true), statement("o.closed", false)), Map.of(), List.of(), true);
        Questionnaire v2 = questionnaire(closed, open);
        Map<String, Answer> answers = Map.of("c.s", Answer.NOT_APPLICABLE, "c.open", Answer.NOT_APPLICABLE,
                "o.s", Answer.NOT_APPLICABLE, "o.closed", Answer.NOT_APPLICABLE);
        List<Problem> problems = AnswerRules.check(v2, answers);
        assertThat(problems).extracting(Problem::pointer).containsExactly("/answers/c.s", "/answers/o.closed");
        assertThat(problems.get(0).message()).isEqualTo("question 'c.s': \"n/a\" is not allowed here: this"
                + " questionnaire does not offer \"not relevant\" for this question, so it needs a value on the"
                + " scale (0 to 4)");
        assertThat(AnswerRules.disallowedNotApplicable(v2, answers)).containsExactly("c.s", "o.closed");
    }

    private static ScaleQuestion statement(String id, boolean allowNotApplicable) {
        return new ScaleQuestion(id, "I do " + id, Optional.empty(), BigDecimal.ONE, allowNotApplicable);
    }

    @Test
    void disallowedNotApplicableIgnoresOtherProblems() {
        assertThat(AnswerRules.disallowedNotApplicable(q, Map.of("p.s", Answer.NOT_APPLICABLE,
                "p.zz", Answer.NOT_APPLICABLE, "p.c", new Answer.Choice("zz")))).isEmpty();
        assertThat(AnswerRules.disallowedNotApplicable(q, Map.of("p.c", Answer.NOT_APPLICABLE)))
                .containsExactly("p.c");
    }

    @Test
    void pointerEscapesSlashesInIds() {
        assertThat(AnswerRules.check(q, Map.of("a/b~c", new Answer.ScaleValue(1))).get(0).pointer())
                .isEqualTo("/answers/a~1b~0c");
    }
}
