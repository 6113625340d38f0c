package uk.gov.gcs.digitalskills.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.multiQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.nonCore;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.OptionOrder;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;

/** Results in two parts, calibration in words, and the knowledge review (issue 12). */
class ResultsPartsTest {
    private static final UUID ID = UUID.fromString("6d1f4c1e-2b1a-4c55-9a57-0c5a1f1e9b01");
    private final Messages messages = Messages.english();
    private final Formats formats = new Formats(messages, ZoneOffset.UTC);

    /** Three core areas (each a statement, a choice scoring 0/2/4 and a multi with a and c correct), one extra. */
    private static final Questionnaire Q = TestQuestionnaires.questionnaire(
            core("over", scaleQ("over.s"), choiceQ("over.c", 0, 2, 4), multiQ("over.m", true, false, true)),
            core("under", scaleQ("under.s"), choiceQ("under.c", 0, 2, 4), multiQ("under.m", true, false, true)),
            core("level", scaleQ("level.s"), choiceQ("level.c", 0, 2, 4), multiQ("level.m", true, false, true)),
            nonCore("only", scaleQ("only.s")));

    private static AssessmentRecord record(Questionnaire q, Map<String, Answer> answers, boolean completed) {
        OffsetDateTime at = OffsetDateTime.of(2027, 5, 4, 9, 0, 0, 0, ZoneOffset.UTC);
        return new AssessmentRecord(ID, q.ref(), new Respondent("Sam", "other", null, null), Optional.of(at),
                completed ? Optional.of(at.plusMinutes(20)) : Optional.empty(), answers, Map.of(), Optional.empty());
    }

    private static Map<String, Answer> answers() {
        Map<String, Answer> a = new LinkedHashMap<>();
        // Top self-rating, every knowledge answer wrong: self 100%, knowledge 0%.
        a.put("over.s", new Answer.ScaleValue(4));
        a.put("over.c", new Answer.Choice("a"));
        a.put("over.m", new Answer.Multi(List.of("b")));
        // Lowest self-rating, knowledge right: self 0%, knowledge 100%.
        a.put("under.s", new Answer.ScaleValue(0));
        a.put("under.c", new Answer.Choice("c"));
        a.put("under.m", new Answer.Multi(List.of("a", "c")));
        // Self 50%, knowledge (2 + 1) / (4 + 2) = 50%.
        a.put("level.s", new Answer.ScaleValue(2));
        a.put("level.c", new Answer.Choice("b"));
        a.put("level.m", new Answer.Multi(List.of("a")));
        a.put("only.s", new Answer.ScaleValue(3));
        return a;
    }

    private ResultsViewModel vm(Questionnaire q, Map<String, Answer> answers, boolean completed) {
        return new ResultsViewModel(q, record(q, answers, completed), messages, formats, new RecordingRoutes(), false);
    }

    @Test
    void eachAreaShowsBothPartsAsFiguresAndTheirComparisonInWords() {
        ResultsViewModel vm = vm(Q, answers(), true);
        assertThat(vm.parts()).extracting(ResultsViewModel.PartsLine::areaId)
                .containsExactly("over", "under", "level", "only");
        ResultsViewModel.PartsLine over = vm.parts().get(0);
        assertThat(over.selfRating()).isEqualTo("100.0%");
        assertThat(over.knowledge()).isEqualTo("0.0%");
        assertThat(over.calibration()).contains(Calibration.OVER);
        assertThat(over.comparison()).isEqualTo("Self-ratings well above knowledge");
        assertThat(over.sentence())
                .isEqualTo("Your self-ratings are well above what the knowledge questions show in Title over.");

        ResultsViewModel.PartsLine under = vm.parts().get(1);
        assertThat(under.selfRating()).isEqualTo("0.0%");
        assertThat(under.knowledge()).isEqualTo("100.0%");
        assertThat(under.comparison()).isEqualTo("Self-ratings well below knowledge");
        assertThat(under.sentence())
                .isEqualTo("Your self-ratings are well below what the knowledge questions show in Title under.");

        ResultsViewModel.PartsLine level = vm.parts().get(2);
        assertThat(level.selfRating()).isEqualTo("50.0%");
        assertThat(level.knowledge()).isEqualTo("50.0%");
        assertThat(level.comparison()).isEqualTo("Self-ratings match knowledge");

        ResultsViewModel.PartsLine only = vm.parts().get(3);
        assertThat(only.knowledge()).isEqualTo("Not scored");
        assertThat(only.calibration()).isEmpty();
        assertThat(only.comparison()).isEqualTo("Not compared");
    }

    @Test
    void everyPartFigureIsTheScorersRoundedPercent() {
        ResultsViewModel vm = vm(Q, answers(), true);
        for (ResultsViewModel.PartsLine line : vm.parts()) {
            var score = vm.report().area(line.areaId()).orElseThrow();
            assertThat(line.selfRating()).isEqualTo(score.selfRating().percent().map(formats::percent)
                    .orElse("Not scored"));
            assertThat(line.knowledge()).isEqualTo(score.knowledge().percent().map(formats::percent)
                    .orElse("Not scored"));
            assertThat(line.calibration()).isEqualTo(score.calibration());
        }
    }

    @Test
    void theOverallPartsAreTheMeansOverTheCoreAreas() {
        ResultsViewModel vm = vm(Q, answers(), true);
        // Self: (100 + 0 + 50) / 3 = 50.0; knowledge: (0 + 100 + 50) / 3 = 50.0; "only" is not core.
        assertThat(vm.overallPartsText()).isEqualTo(
                "Across the core areas, your self-ratings come to 50.0% and the knowledge questions to 50.0%.");
    }

    @Test
    void withoutKnowledgeQuestionsTheOverallSaysSoInsteadOfAFigure() {
        Questionnaire selfOnly = TestQuestionnaires.questionnaire(core("plan", scaleQ("p")));
        assertThat(vm(selfOnly, Map.of("p", new Answer.ScaleValue(3)), true).overallPartsText()).isEqualTo(
                "Across the core areas, your self-ratings come to 75.0%. None of them has knowledge questions.");
    }

    @Test
    void calibrationSentencesNameTheAreasThatDisagreeOrSayAllMatch() {
        assertThat(vm(Q, answers(), true).calibrationSentences()).containsExactly(
                "Your self-ratings are well above what the knowledge questions show in Title over.",
                "Your self-ratings are well below what the knowledge questions show in Title under.");

        Map<String, Answer> matching = new LinkedHashMap<>(answers());
        matching.put("over.s", new Answer.ScaleValue(0));
        matching.put("under.s", new Answer.ScaleValue(4));
        assertThat(vm(Q, matching, true).calibrationSentences()).containsExactly(
                "Your self-ratings match what the knowledge questions show in every area that has both.");

        Questionnaire selfOnly = TestQuestionnaires.questionnaire(core("plan", scaleQ("p")));
        assertThat(vm(selfOnly, Map.of("p", new Answer.ScaleValue(2)), true).calibrationSentences()).isEmpty();
    }

    // ---- Check your knowledge answers ----

    private static final ChoiceQuestion CHOICE = new ChoiceQuestion("k.choice", "What do you do first?",
            Optional.empty(), BigDecimal.ONE, List.of(new ChoiceOption("a", "Post at once", 0),
                    new ChoiceOption("b", "Check the facts", 4), new ChoiceOption("c", "Ask a colleague", 2)),
            Optional.of("Facts first: a wrong post spreads faster than a correction."), true);
    private static final MultiQuestion MULTI = new MultiQuestion("k.multi", "Which belong in a plan?",
            Optional.empty(), BigDecimal.ONE, List.of(new MultiOption("a", "A baseline", true),
                    new MultiOption("b", "A logo", false), new MultiOption("c", "A target", true),
                    new MultiOption("d", "A deadline", true)),
            Optional.empty(), true);
    private static final Questionnaire KNOWLEDGE = TestQuestionnaires.questionnaire(
            core("k", scaleQ("k.rate"), CHOICE, MULTI));

    private static Map<String, Answer> knowledgeAnswers(String choice, List<String> multi) {
        Map<String, Answer> a = new LinkedHashMap<>();
        a.put("k.rate", new Answer.ScaleValue(2));
        a.put("k.choice", new Answer.Choice(choice));
        a.put("k.multi", new Answer.Multi(multi));
        return a;
    }

    @Test
    void theReviewShowsEachKnowledgeItemWithYourAnswerTheBestAnswerAndWhy() {
        ResultsViewModel vm = vm(KNOWLEDGE, knowledgeAnswers("c", List.of("a", "b", "c")), true);
        assertThat(vm.knowledgeReview()).hasSize(1);
        KnowledgeReview.AreaItems area = vm.knowledgeReview().get(0);
        assertThat(area.title()).isEqualTo("Title k");
        assertThat(area.items()).extracting(KnowledgeReview.Item::questionId)
                .as("only knowledge items, not statements").containsExactly("k.choice", "k.multi");

        KnowledgeReview.Item choice = area.items().get(0);
        assertThat(choice.question()).isEqualTo("What do you do first?");
        assertThat(choice.yourAnswer()).containsExactly("Ask a colleague");
        assertThat(choice.bestAnswer()).containsExactly("Check the facts");
        assertThat(choice.outcome()).isEqualTo("Partly right: 2 of 4 points.");
        assertThat(choice.best()).isFalse();
        assertThat(choice.explanation()).contains("Facts first: a wrong post spreads faster than a correction.");

        KnowledgeReview.Item multi = area.items().get(1);
        // Listed in the order the options were shown to this assessment.
        List<String> shown = OptionOrder.shown(ID, "k.multi", true, MULTI.options(), MultiOption::id).stream()
                .map(MultiOption::label).toList();
        assertThat(multi.bestAnswer()).containsExactlyInAnyOrder("A baseline", "A target", "A deadline")
                .isSortedAccordingTo(java.util.Comparator.comparing(shown::indexOf));
        assertThat(multi.yourAnswer()).containsExactlyInAnyOrder("A baseline", "A logo", "A target");
        // Two right, one wrong: 2 - 1 = 1 of 3.
        assertThat(multi.outcome()).isEqualTo("Partly right: 1 of 3 points.");
        assertThat(multi.explanation()).isEmpty();
    }

    @Test
    void theReviewSaysWhenAnAnswerIsTheBestOrScoresNothing() {
        ResultsViewModel best = vm(KNOWLEDGE, knowledgeAnswers("b", List.of("a", "c", "d")), true);
        assertThat(best.knowledgeReview().get(0).items()).extracting(KnowledgeReview.Item::outcome)
                .containsOnly("You chose the best answer.");
        assertThat(best.knowledgeReview().get(0).items()).extracting(KnowledgeReview.Item::best).containsOnly(true);
        ResultsViewModel wrong = vm(KNOWLEDGE, knowledgeAnswers("a", List.of("b")), true);
        assertThat(wrong.knowledgeReview().get(0).items()).extracting(KnowledgeReview.Item::outcome)
                .containsOnly("Not the best answer, so it scored no points.");
        assertThat(wrong.knowledgeReview().get(0).items()).extracting(KnowledgeReview.Item::best).containsOnly(false);
    }

    @Test
    void theReviewIsShownOnlyAfterSubmission() {
        assertThat(vm(KNOWLEDGE, knowledgeAnswers("b", List.of("a")), false).knowledgeReview()).isEmpty();
    }
}
