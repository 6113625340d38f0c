package uk.gov.gcs.digitalskills.app.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.SessionFixture;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.OptionOrder;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;

class QuestionViewModelTest {
    @TempDir
    Path dir;
    private SessionFixture fx;
    private AssessmentSession session;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir);
        session = fx.started();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private QuestionViewModel question(String area, int index, boolean fromCheck) {
        return new QuestionViewModel(session, fx.messages, fx.routes, area, index, fromCheck);
    }

    @Test
    void captionAndProgressSayWhereYouAre() {
        QuestionViewModel vm = question("plan", 1, false);
        assertThat(vm.caption()).isEqualTo("Question 2 of 3 · Title plan");
        assertThat(vm.progressText()).isEqualTo("0 of 7 questions answered");
        session.record("plan.a", new Answer.ScaleValue(1));
        assertThat(question("plan", 1, false).progress()).isEqualTo(1.0 / 7);
    }

    @Test
    void digitsPickTheNthScaleOptionAndNPicksNotRelevant() {
        QuestionViewModel vm = question("plan", 0, false);
        assertThat(vm.options()).hasSize(5);
        assertThat(vm.key("4")).isTrue();
        assertThat(vm.selection().get()).containsExactly(3);
        assertThat(fx.store.load(session.id()).answers()).containsEntry("plan.a", new Answer.ScaleValue(3));

        assertThat(vm.key("n")).isTrue();
        assertThat(vm.selection().get()).containsExactly(QuestionViewModel.NOT_APPLICABLE);
        assertThat(session.answer("plan.a")).contains(Answer.NOT_APPLICABLE);

        assertThat(vm.key("6")).isFalse();
        assertThat(vm.key("0")).isFalse();
        assertThat(vm.key("x")).isFalse();
    }

    @Test
    void notRelevantIsNotOfferedForScenarioQuestions() {
        QuestionViewModel vm = question("plan", 1, false);
        assertThat(vm.notApplicableLabel()).isEmpty();
        assertThat(vm.key("n")).isFalse();
        assertThat(vm.keyboardHint()).doesNotContain("Press N");
        vm.key("3");
        assertThat(session.answer("plan.b")).contains(new Answer.Choice(vm.optionIds().get(2)));
    }

    @Test
    void digitsToggleOptionsOfSelectAllThatApply() {
        QuestionViewModel vm = question("plan", 2, false);
        assertThat(vm.multiple()).isTrue();
        vm.key("3");
        vm.key("1");
        // Saved in the questionnaire's order whatever order they were shown and ticked in.
        List<String> ticked = List.of(vm.optionIds().get(2), vm.optionIds().get(0));
        assertThat(session.answer("plan.c")).contains(new Answer.Multi(
                List.of("a", "b", "c").stream().filter(ticked::contains).toList()));
        vm.key("3");
        assertThat(vm.selection().get()).isEqualTo(Set.of(0));
        vm.key("1");
        assertThat(session.answer("plan.c")).isEmpty();
        assertThat(fx.store.load(session.id()).answers()).doesNotContainKey("plan.c");
    }

    @Test
    void continueWithoutAnAnswerIsAnErrorNotASkip() {
        QuestionViewModel vm = question("plan", 0, false);
        assertThat(vm.continueOn()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Select an answer");
        assertThat(fx.routes.visits).isEmpty();
        vm.choose(2);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.continueOn()).isTrue();
        assertThat(fx.routes.last()).isEqualTo("question:plan:1");
    }

    @Test
    void theLastQuestionOfAnAreaLeadsBackToTheTaskListAndChangesLeadBackToCheck() {
        QuestionViewModel last = question("measure", 1, false);
        last.choose(0);
        last.continueOn();
        assertThat(fx.routes.last()).isEqualTo("taskList");

        QuestionViewModel change = question("plan", 1, true);
        change.choose(0);
        change.continueOn();
        assertThat(fx.routes.last()).isEqualTo("checkAnswers");
        change.back();
        assertThat(fx.routes.last()).isEqualTo("checkAnswers");
    }

    @Test
    void backGoesToThePreviousQuestionOrTheTaskList() {
        question("plan", 2, false).back();
        assertThat(fx.routes.last()).isEqualTo("question:plan:1");
        question("plan", 0, false).back();
        assertThat(fx.routes.last()).isEqualTo("taskList");
    }

    @Test
    void showsTheSavedAnswerWhenComingBack() {
        session.record("plan.b", new Answer.Choice("b"));
        session.record("plan.c", new Answer.Multi(List.of("b", "c")));
        QuestionViewModel choice = question("plan", 1, false);
        assertThat(choice.selection().get()).containsExactly(choice.optionIds().indexOf("b"));
        QuestionViewModel multi = question("plan", 2, false);
        assertThat(multi.selection().get()).containsExactlyInAnyOrder(multi.optionIds().indexOf("b"),
                multi.optionIds().indexOf("c"));
    }

    // ---- issue 12: shuffled knowledge options, "Not relevant" only where allowed ----

    private static final List<String> SIX = List.of("a", "b", "c", "d", "e", "f");

    /** A questionnaire with a six-option choice item (shuffled or not) and statements that do or do not allow n/a. */
    private static Questionnaire v2(boolean shuffle) {
        List<ChoiceOption> options = SIX.stream().map(id -> new ChoiceOption(id, "Option " + id, 0)).toList();
        ChoiceQuestion choice = new ChoiceQuestion("core.choice", "Which", Optional.empty(), BigDecimal.ONE,
                options, Optional.of("Because"), shuffle);
        ScaleQuestion noNa = new ScaleQuestion("core.rate", "I rate", Optional.empty(), BigDecimal.ONE, false);
        Map<String, String> advice = Map.of("awareness", "A", "working", "W", "practitioner", "P", "expert", "E");
        Area core = new Area("core", "Core", "Summary", true, List.of(), List.of(choice, noNa), advice, List.of(),
                false);
        Area role = new Area("role", "Role", "Summary", false, List.of(),
                List.of(TestQuestionnaires.scaleQ("role.rate")), advice, List.of(), true);
        return TestQuestionnaires.questionnaire(core, role);
    }

    private AssessmentSession sessionOn(Questionnaire q) {
        AssessmentSession s = AssessmentSession.fresh(fx.background, fx.store, SessionFixture.CLOCK,
                fx.saveErrors::add, q);
        s.updateRespondent(new Respondent("Sam", "other", "heo", "co"));
        return s;
    }

    private QuestionViewModel question(AssessmentSession s, String area, int index) {
        return new QuestionViewModel(s, fx.messages, fx.routes, area, index, false);
    }

    @Test
    void knowledgeOptionsAreAShuffledPermutationAndDigitsPickTheOptionAsShown() {
        AssessmentSession s = sessionOn(v2(true));
        QuestionViewModel vm = question(s, "core", 0);
        assertThat(vm.optionIds()).containsExactlyInAnyOrderElementsOf(SIX);
        assertThat(vm.optionIds()).isEqualTo(OptionOrder.shown(s.id(), "core.choice", true, SIX, id -> id));
        assertThat(vm.options()).isEqualTo(vm.optionIds().stream().map(id -> "Option " + id).toList());
        assertThat(vm.key("2")).isTrue();
        assertThat(s.answer("core.choice")).contains(new Answer.Choice(vm.optionIds().get(1)));
        assertThat(vm.selection().get()).containsExactly(1);
    }

    @Test
    void theShuffledOrderDiffersBetweenAssessments() {
        java.util.Set<List<String>> orders = new java.util.HashSet<>();
        for (int i = 0; i < 8; i++) {
            orders.add(question(sessionOn(v2(true)), "core", 0).optionIds());
        }
        // 720 orders of six options: eight assessments all alike would mean the order ignores the assessment.
        assertThat(orders).hasSizeGreaterThan(1);
    }

    @Test
    void theShuffledOrderAndTheAnswerAreTheSameAfterARestart() {
        Questionnaire q = v2(true);
        List<String> shown;
        String picked;
        java.util.UUID id;
        // A real database file, closed and opened again, as between two runs of the app.
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir), SessionFixture.CLOCK)) {
            AssessmentSession first = AssessmentSession.fresh(fx.background, store, SessionFixture.CLOCK,
                    fx.saveErrors::add, q);
            first.updateRespondent(new Respondent("Sam", "other", "heo", "co"));
            QuestionViewModel before = question(first, "core", 0);
            before.key("4");
            shown = before.optionIds();
            picked = shown.get(3);
            id = first.id();
        }
        try (AssessmentStore reopened = AssessmentStore.open(new DataFolder(dir), SessionFixture.CLOCK)) {
            AssessmentRecord draft = reopened.load(id);
            AssessmentSession resumed = AssessmentSession.resume(fx.background, reopened, SessionFixture.CLOCK,
                    fx.saveErrors::add, q, draft, SessionFixture.CLOCK.instant().atOffset(ZoneOffset.UTC));
            QuestionViewModel after = question(resumed, "core", 0);
            assertThat(after.optionIds()).isEqualTo(shown);
            assertThat(after.selection().get()).containsExactly(3);
            assertThat(draft.answers()).containsEntry("core.choice", new Answer.Choice(picked));
        }
        assertThat(fx.saveErrors).isEmpty();
    }

    @Test
    void withoutShuffleTheOptionsKeepTheQuestionnaireOrder() {
        for (int i = 0; i < 5; i++) {
            assertThat(question(sessionOn(v2(false)), "core", 0).optionIds()).isEqualTo(SIX);
        }
    }

    @Test
    void notRelevantAndTheNKeyAppearOnlyWhereTheQuestionnaireAllowsThem() {
        AssessmentSession s = sessionOn(v2(true));
        QuestionViewModel refused = question(s, "core", 1);
        assertThat(refused.notApplicableLabel()).isEmpty();
        assertThat(refused.keyboardHint()).doesNotContain("Press N");
        assertThat(refused.key("n")).isFalse();
        refused.chooseNotApplicable();
        assertThat(s.answer("core.rate")).isEmpty();

        QuestionViewModel allowed = question(s, "role", 0);
        assertThat(allowed.notApplicableLabel()).contains("Not relevant to my role");
        assertThat(allowed.keyboardHint()).contains("Press N");
        assertThat(allowed.key("N")).isTrue();
        assertThat(s.answer("role.rate")).contains(Answer.NOT_APPLICABLE);
    }
}
