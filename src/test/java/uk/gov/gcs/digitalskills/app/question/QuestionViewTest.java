package uk.gov.gcs.digitalskills.app.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.gov.gcs.digitalskills.app.Screenshots;
import uk.gov.gcs.digitalskills.app.pages.QuestionPage;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.SessionFixture;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.OptionOrder;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires;

/**
 * The question page of a schemaVersion 2 questionnaire, driven by the keyboard: knowledge options in the
 * shuffled order with digits picking them as shown, and N and "Not relevant" only where the file allows n/a.
 */
@ExtendWith(ApplicationExtension.class)
class QuestionViewTest {
    private static final List<String> IDS = List.of("a", "b", "c", "d", "e");
    private Stage stage;
    private Path dir;
    private SessionFixture fx;
    private AssessmentSession session;

    private static Questionnaire questionnaire() {
        List<ChoiceOption> options = IDS.stream().map(id -> new ChoiceOption(id, "Option " + id, 0)).toList();
        ChoiceQuestion choice = new ChoiceQuestion("core.choice", "What do you do first?", Optional.empty(),
                BigDecimal.ONE, options, Optional.of("Because"), true);
        ScaleQuestion rate = new ScaleQuestion("core.rate", "I plan", Optional.empty(), BigDecimal.ONE, false);
        ScaleQuestion roleRate = new ScaleQuestion("role.rate", "I brief", Optional.empty(), BigDecimal.ONE, true);
        Map<String, String> advice = Map.of("awareness", "A", "working", "W", "practitioner", "P", "expert", "E");
        return TestQuestionnaires.questionnaire(
                new Area("core", "Core", "Summary", true, List.of(), List.of(choice, rate), advice, List.of(), false),
                new Area("role", "Role", "Summary", false, List.of(), List.of(roleRate), advice, List.of(), true));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("question-view");
        fx = new SessionFixture(dir);
        session = AssessmentSession.fresh(fx.background, fx.store, SessionFixture.CLOCK, fx.saveErrors::add,
                questionnaire());
        session.updateRespondent(new Respondent("Sam", "other", null, null));
        show("core", 0);
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void show(String area, int index) {
        QuestionViewModel vm = new QuestionViewModel(session, fx.messages, fx.routes, area, index, false);
        Scene scene = new Scene(QuestionView.build(vm, fx.messages).root(), 1000, 760);
        scene.getStylesheets().add(Screenshots.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void knowledgeOptionsAreShownShuffledAndDigitsPickThemAsShown(FxRobot robot) {
        QuestionPage page = new QuestionPage(robot);
        List<String> expected = OptionOrder.shown(session.id(), "core.choice", true, IDS, id -> id);
        for (int n = 1; n <= IDS.size(); n++) {
            assertThat(page.optionLabel(n)).isEqualTo("Option " + expected.get(n - 1));
        }
        assertThat(page.offersNotApplicable()).isFalse();
        page.key(KeyCode.DIGIT3);
        assertThat(page.selected(3)).isTrue();
        assertThat(session.answer("core.choice")).contains(new Answer.Choice(expected.get(2)));
    }

    @Test
    void notRelevantAndTheNKeyOnlyWhereAllowed(FxRobot robot) {
        robot.interact(() -> show("core", 1));
        QuestionPage refused = new QuestionPage(robot);
        assertThat(refused.offersNotApplicable()).isFalse();
        refused.key(KeyCode.N);
        assertThat(session.answer("core.rate")).isEmpty();
        assertThat(robot.lookup("#question-keys").queryLabeled().getText()).doesNotContain("Press N");

        robot.interact(() -> show("role", 0));
        QuestionPage allowed = new QuestionPage(robot);
        assertThat(allowed.offersNotApplicable()).isTrue();
        allowed.key(KeyCode.N);
        assertThat(allowed.notApplicableSelected()).isTrue();
        assertThat(session.answer("role.rate")).contains(Answer.NOT_APPLICABLE);
    }
}
