package uk.gov.gcs.digitalskills.app.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.CLOCK;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.QUESTIONNAIRE;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.TOOLKIT;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.scores;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.pages.ObjectiveBuilderPage;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;

/** The builder on its own, driven with the keyboard from the suggestions to a saved objective. */
@ExtendWith(ApplicationExtension.class)
class ObjectiveBuilderViewTest {
    private final List<DigitalObjective> saved = new ArrayList<>();
    private int backs;

    @Start
    void start(Stage stage) {
        ObjectiveBuilderViewModel vm = new ObjectiveBuilderViewModel(QUESTIONNAIRE, TOOLKIT,
                scores("strategic-communication", "70", "80", "55"), "strategic-communication", Optional.empty(),
                CLOCK, Messages.english(), saved::add);
        Navigator navigator = new Navigator(Messages.english(), 1280, 800);
        navigator.show(ObjectiveBuilderView.build(vm, Messages.english(), () -> backs++, navigator::reveal));
        stage.setScene(navigator.scene());
        // TestFX reuses one stage across test classes: size it to this scene, not the last one.
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void fromASuggestionToASavedObjective(FxRobot robot) {
        ObjectiveBuilderPage page = new ObjectiveBuilderPage(robot);
        assertThat(page.label("objective-reason"))
                .isEqualTo("Your lowest area is Measurement and insight, at Working level");

        page.useSuggestion(0);
        assertThat(page.focusedId()).as("focus moves to the first field").isEqualTo("objective-field-action");

        page.typeAndTab("tag every link I share and report monthly");
        assertThat(page.focusedId()).isEqualTo("objective-field-channel");
        page.press(KeyCode.DOWN).tab();        // the first option is selected from the keyboard
        assertThat(page.fieldText("channel")).isEqualTo("the department's social media accounts");
        page.typeAndTab("people renewing passports")
                .typeAndTab("online renewals started from our posts")
                .typeAndTab("1500")
                .tab()                           // past "I do not have a baseline yet"
                .typeAndTab("lots more");
        assertThat(page.message("target")).isEqualTo("Target must be a number, like 1200 or 45. You typed \u201clots more\u201d");
        assertThat(page.smart("MEASURABLE")).startsWith("Measurable: Needs work.");

        page.focus("objective-field-target").typeAndTab("2500");
        assertThat(page.message("target")).isEmpty();
        assertThat(page.focusedId()).isEqualTo("objective-field-deadline");

        // A date that does not exist is kept as typed when focus leaves, and explained.
        page.typeAndTab("31/02/2027");
        assertThat(page.fieldText("deadline")).isEqualTo("31/02/2027");
        assertThat(page.message("deadline")).isEqualTo("Deadline must be a real date, like 31/03/2027. You typed \u201c31/02/2027\u201d");
        assertThat(page.smart("TIME_BOUND")).startsWith("Time-bound: Needs work.");
        page.focus("objective-field-deadline").typeAndTab("28/02/2027");
        assertThat(page.message("deadline")).isEmpty();

        assertThat(page.focusedId()).as("the calendar button follows the date").isEqualTo("objective-calendar-deadline");
        page.tab();
        assertThat(page.focusedId()).isEqualTo("objective-field-evidence");
        page.typeAndTab("web analytics").typeAndTab("moving more renewals online");
        for (String letter : List.of("SPECIFIC", "MEASURABLE", "ACHIEVABLE", "RELEVANT", "TIME_BOUND")) {
            assertThat(page.smart(letter)).as(letter).contains(": Passes.");
        }
        String generated = "By 28 February 2027, for my work on the department's social media accounts aimed at"
                + " people renewing passports, I will tag every link I share and report monthly, so that I can show"
                + " online renewals started from our posts rising from 1,500 to 2,500, evidenced by web analytics,"
                + " to support moving more renewals online.";
        assertThat(page.preview()).isEqualTo(generated);
        assertThat(page.sentence().getText()).isEqualTo(generated);

        // The sentence is reworded at the end; Tab leaves the text area rather than typing a tab.
        page.focus("objective-sentence");
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" I will report at mid-year.");
        robot.type(KeyCode.TAB);
        assertThat(page.sentence().getText()).isEqualTo(generated + " I will report at mid-year.");
        assertThat(page.shows("objective-sentence-edited")).isTrue();

        page.focus("objective-save").press(KeyCode.SPACE);

        assertThat(page.status()).isEqualTo("Your objective is saved.");
        assertThat(saved).containsExactly(new DigitalObjective("measurement-insight.outcome-evaluation",
                Map.of("action", "tag every link I share and report monthly",
                        "channel", "the department's social media accounts",
                        "audience", "people renewing passports",
                        "metric", "online renewals started from our posts",
                        "baseline", "1500", "target", "2500", "deadline", "2027-02-28",
                        "evidence", "web analytics", "objective", "moving more renewals online"),
                generated + " I will report at mid-year.", Optional.of(LocalDate.of(2027, 2, 28))));
    }

    @Test
    void savingTooSoonLeadsToTheErrorSummaryAndItsLinksLeadToTheFields(FxRobot robot) {
        ObjectiveBuilderPage page = new ObjectiveBuilderPage(robot);
        page.useSuggestion(1);
        page.typeAndTab("run A/B tests on subject lines");
        page.focus("objective-save").press(KeyCode.SPACE);

        assertThat(saved).isEmpty();
        assertThat(page.shows("objective-errors")).isTrue();
        assertThat(page.focused()).isInstanceOf(Hyperlink.class);
        assertThat(((Hyperlink) page.focused()).getText()).isEqualTo("Name the channel or activity");
        page.press(KeyCode.ENTER);
        assertThat(page.focusedId()).isEqualTo("objective-field-channel");
        assertThat(page.message("audience")).isEqualTo("Say who the audience is");
    }

    @Test
    void switchingTemplatesFromTheFullListKeepsWhatWasTyped(FxRobot robot) {
        ObjectiveBuilderPage page = new ObjectiveBuilderPage(robot);
        page.useSuggestion(0);
        page.tab().tab().typeAndTab("people renewing passports");

        page.focus("objective-show-all").press(KeyCode.SPACE);
        assertThat(page.label("objective-all-count")).isEqualTo("4 templates");
        page.focus("objective-all-3-use").press(KeyCode.SPACE);

        assertThat(page.label("objective-template-title"))
                .isEqualTo("Template: Build consistent measurement across teams");
        assertThat(page.fieldText("audience")).isEqualTo("people renewing passports");
        assertThat(page.focusedId()).isEqualTo("objective-field-action");
    }

    @Test
    void choosingASuggestionMovesFocusToTheFirstFieldAndScrollsItIntoView(FxRobot robot) {
        ObjectiveBuilderPage page = new ObjectiveBuilderPage(robot);
        assertThat(page.scrollPosition()).as("the page starts at the top").isZero();

        page.useSuggestionByKeyboard(0);

        assertThat(page.focusedId()).isEqualTo("objective-field-action");
        assertThat(page.scrollPosition()).as("the page scrolled down to the form").isPositive();
        assertThat(page.focusedIsInView()).as("the focused field is on screen").isTrue();
        // Tabbing on through the form keeps each field in view too.
        page.tab().tab().tab().tab();
        assertThat(page.focusedId()).isEqualTo("objective-field-baseline");
        assertThat(page.focusedIsInView()).isTrue();
    }

    @Test
    void theBackLinkAndAltLeftGoBack(FxRobot robot) {
        ObjectiveBuilderPage page = new ObjectiveBuilderPage(robot);
        assertThat(page.focusedId()).as("the back link has focus first").isEqualTo("objective-back");
        page.press(KeyCode.SPACE);
        assertThat(backs).isEqualTo(1);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertThat(backs).isEqualTo(2);
    }
}
