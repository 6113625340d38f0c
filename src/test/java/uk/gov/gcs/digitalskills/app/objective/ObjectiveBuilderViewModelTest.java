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
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.objective.CheckCode;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.objective.FieldKind;
import uk.gov.gcs.digitalskills.core.objective.Finding;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveFields;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.SmartLetter;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/** The builder's behaviour without the FX toolkit: JavaFX properties need no running platform. */
class ObjectiveBuilderViewModelTest {
    private static final String OUTCOME = "measurement-insight.outcome-evaluation";
    private static final String TEST_AND_LEARN = "measurement-insight.test-and-learn";

    private final List<DigitalObjective> saved = new ArrayList<>();

    private ObjectiveBuilderViewModel builder(String role, ScoreReport scores, Optional<DigitalObjective> existing) {
        return new ObjectiveBuilderViewModel(QUESTIONNAIRE, TOOLKIT, scores, role, existing, CLOCK,
                Messages.english(), saved::add);
    }

    private ObjectiveBuilderViewModel measurementAtWorking() {
        return builder("strategic-communication", scores("strategic-communication", "70", "80", "55"),
                Optional.empty());
    }

    private static void type(ObjectiveBuilderViewModel vm, String fieldId, String text) {
        vm.field(fieldId).orElseThrow().valueProperty().set(text);
    }

    /** A complete objective for the outcome-evaluation template that passes every letter on 1 May 2026. */
    private static void fillGood(ObjectiveBuilderViewModel vm) {
        type(vm, "action", "tag every link I share and report monthly");
        type(vm, "channel", "GOV.UK");
        type(vm, "audience", "people renewing passports");
        type(vm, "metric", "online renewals started from our pages");
        type(vm, "baseline", "1,500");
        type(vm, "target", "2500");
        type(vm, "deadline", "28/02/2027");
        type(vm, "evidence", "web analytics");
        type(vm, "objective", "moving more renewals online");
    }

    @Test
    void suggestsTemplatesForTheLowestCoreAreaAndSaysWhy() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();

        assertThat(vm.suggestions()).extracting(TemplateChoice::templateId).containsExactly(OUTCOME, TEST_AND_LEARN);
        assertThat(vm.suggestionReason()).isEqualTo("Your lowest area is Measurement and insight, at Working level");
        TemplateChoice first = vm.suggestions().get(0);
        assertThat(first.title()).isEqualTo("Measure what your content led people to do");
        assertThat(first.forRole()).isFalse();
        assertThat(first.exampleText()).startsWith("By 31 March 2027, for my work on the department's social media");
        assertThat(vm.templateProperty().get()).isNull();
    }

    @Test
    void roleSpecificSuggestionsComeFirstAndAreMarked() {
        ObjectiveBuilderViewModel vm = builder("press-office", scores("press-office", "70", "80", "55"),
                Optional.empty());
        assertThat(vm.suggestions()).extracting(TemplateChoice::templateId)
                .containsExactly("measurement-insight.press-coverage-outcomes", OUTCOME, TEST_AND_LEARN);
        assertThat(vm.suggestions()).extracting(TemplateChoice::forRole).containsExactly(true, false, false);
    }

    @Test
    void aFallbackIsExplained() {
        // A toolkit with nothing for planning at Awareness: the next lowest core area is used, and said so.
        ObjectiveToolkit noPlanningForBeginners = new ObjectiveToolkit(TOOLKIT.id(), TOOLKIT.version(),
                TOOLKIT.questionnaireId(), TOOLKIT.templates().stream()
                        .filter(t -> !(t.area().equals("planning") && t.levels().contains("awareness"))).toList());
        ObjectiveBuilderViewModel vm = new ObjectiveBuilderViewModel(QUESTIONNAIRE, noPlanningForBeginners,
                scores("other", "10", "90", "60"), "other", Optional.empty(), CLOCK, Messages.english(), saved::add);
        assertThat(vm.suggestionReason()).isEqualTo("There is no template for your level in your lowest area, so"
                + " these are for your next lowest area: Measurement and insight, at Working level");
        assertThat(vm.suggestions()).extracting(TemplateChoice::templateId).containsExactly(OUTCOME, TEST_AND_LEARN);
    }

    @Test
    void withNothingScoredThereAreNoSuggestionsAndEveryTemplateIsListed() {
        ScoreReport nothing = new ScoreReport(QUESTIONNAIRE.ref(), false, List.of("x"), List.of(), Optional.empty());
        ObjectiveBuilderViewModel vm = builder("other", nothing, Optional.empty());
        assertThat(vm.suggestions()).isEmpty();
        assertThat(vm.suggestionReason()).isEmpty();
        assertThat(vm.areaFilterProperty().get().areaId()).isEmpty();
        assertThat(vm.filteredTemplates()).extracting(TemplateChoice::templateId)
                .contains("planning.one-page-plan", "engaging-online.propriety-checks")
                .doesNotContain("press-office.digital-news-package", "measurement-insight.press-coverage-outcomes");
    }

    @Test
    void allTemplatesAreFilteredByAreaStartingWithTheSuggestedOne() {
        ObjectiveBuilderViewModel vm = builder("press-office", scores("press-office", "70", "80", "55"),
                Optional.empty());
        assertThat(vm.areaFilterProperty().get().label()).isEqualTo("Measurement and insight");
        assertThat(vm.filteredTemplates()).extracting(TemplateChoice::areaId).containsOnly("measurement-insight");
        assertThat(vm.filteredTemplates()).hasSize(5);

        AreaFilter press = vm.areaFilters().stream().filter(f -> f.label().equals("Press office and media"))
                .findFirst().orElseThrow();
        vm.areaFilterProperty().set(press);
        assertThat(vm.filteredTemplates()).extracting(TemplateChoice::templateId)
                .containsExactly("press-office.digital-news-package", "press-office.coach-digital-media");

        assertThat(vm.areaFilters()).extracting(AreaFilter::label).doesNotContain("Marketing and campaigns")
                .startsWith("All areas", "Planning", "Setting objectives", "Measurement and insight");
    }

    @Test
    void choosingATemplateBuildsItsFormWithTheDeadlineFilledIn() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);

        assertThat(vm.templateTitleProperty().get()).isEqualTo("Measure what your content led people to do");
        assertThat(vm.fields()).extracting(FieldModel::id).containsExactly("action", "channel", "audience", "metric",
                "baseline", "target", "deadline", "evidence", "objective");
        assertThat(vm.fields()).extracting(FieldModel::kind).containsExactly(FieldKind.TEXT, FieldKind.CHOICE,
                FieldKind.TEXT, FieldKind.TEXT, FieldKind.NUMBER, FieldKind.NUMBER, FieldKind.DATE, FieldKind.TEXT,
                FieldKind.TEXT);
        assertThat(vm.field("deadline").orElseThrow().valueProperty().get()).isEqualTo("31/03/2027");
        assertThat(vm.field("audience").orElseThrow().exampleText())
                .isEqualTo("For example: people whose passports are due for renewal");
        assertThat(vm.previewProperty().get()).startsWith("By 31 March 2027, for my work on [Channel or activity]"
                + " aimed at [Audience], I will [What you will do],");
        assertThat(vm.smartRow(SmartLetter.TIME_BOUND).passedProperty().get()).isTrue();
        assertThat(vm.smartRow(SmartLetter.SPECIFIC).passedProperty().get()).isFalse();
    }

    @Test
    void theCheckAndThePreviewFollowTyping() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);
        SmartRow specific = vm.smartRow(SmartLetter.SPECIFIC);
        assertThat(specific.statusProperty().get()).isEqualTo("Needs work");
        assertThat(specific.detailProperty().get()).contains("Say what you will do").contains("Name the channel")
                .contains("Say who the audience is");
        // Nothing typed yet: no message by the fields.
        assertThat(vm.field("audience").orElseThrow().messageProperty().get()).isEmpty();

        type(vm, "action", "tag every link");
        type(vm, "channel", "GOV.UK");
        assertThat(specific.detailProperty().get()).isEqualTo("Say who the audience is");
        type(vm, "audience", "people renewing passports");

        assertThat(specific.passedProperty().get()).isTrue();
        assertThat(specific.statusProperty().get()).isEqualTo("Passes");
        assertThat(specific.accessibleTextProperty().get()).startsWith("Specific: Passes. ");
        assertThat(vm.previewProperty().get()).startsWith("By 31 March 2027, for my work on GOV.UK aimed at people"
                + " renewing passports, I will tag every link,");
        assertThat(vm.sentenceProperty().get()).isEqualTo(vm.previewProperty().get());
    }

    @Test
    void badInputGetsAMessageByTheFieldAndInTheCheckAndIsKept() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);
        fillGood(vm);
        assertThat(vm.smartProperty().get()).isTrue();

        type(vm, "target", "lots");
        assertThat(vm.field("target").orElseThrow().messageProperty().get())
                .isEqualTo("Target must be a number, like 1200 or 45. You typed \u201clots\u201d");
        assertThat(vm.smartRow(SmartLetter.MEASURABLE).detailProperty().get()).contains("Target must be a number");
        assertThat(vm.smartRow(SmartLetter.ACHIEVABLE).detailProperty().get())
                .isEqualTo("Give a baseline and a target as numbers so the step between them can be judged");
        assertThat(vm.field("target").orElseThrow().valueProperty().get()).isEqualTo("lots");

        type(vm, "deadline", "01/04/2026");
        assertThat(vm.field("deadline").orElseThrow().messageProperty().get())
                .isEqualTo("Deadline must be after today (1 May 2026)");
        type(vm, "deadline", "01/04/2028");
        assertThat(vm.field("deadline").orElseThrow().messageProperty().get())
                .isEqualTo("Deadline must be no later than 31 March 2028, the end of next performance year");
        type(vm, "audience", "");
        assertThat(vm.field("audience").orElseThrow().messageProperty().get()).isEqualTo("Say who the audience is");
        assertThat(vm.smartProperty().get()).isFalse();
    }

    @Test
    void switchingTemplatesLosesNothing() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);
        fillGood(vm);
        vm.sentenceProperty().set("My own words for the first template.");

        vm.selectTemplate(TEST_AND_LEARN);
        assertThat(vm.field("audience").orElseThrow().valueProperty().get()).isEqualTo("people renewing passports");
        assertThat(vm.field("channel").orElseThrow().valueProperty().get()).isEqualTo("GOV.UK");
        assertThat(vm.sentenceEditedProperty().get()).isFalse();
        assertThat(vm.sentenceProperty().get()).isEqualTo(vm.previewProperty().get());
        type(vm, "metric", "the click rate");

        vm.selectTemplate(OUTCOME);
        assertThat(vm.field("metric").orElseThrow().valueProperty().get()).isEqualTo("the click rate");
        assertThat(vm.field("action").orElseThrow().valueProperty().get())
                .isEqualTo("tag every link I share and report monthly");
        assertThat(vm.sentenceEditedProperty().get()).isTrue();
        assertThat(vm.sentenceProperty().get()).isEqualTo("My own words for the first template.");
    }

    @Test
    void anEditedSentenceNoLongerFollowsTheFieldsUntilReset() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);
        fillGood(vm);
        vm.sentenceProperty().set("By February I will show more renewals online.");
        assertThat(vm.sentenceEditedProperty().get()).isTrue();

        type(vm, "audience", "");
        assertThat(vm.sentenceProperty().get()).isEqualTo("By February I will show more renewals online.");
        assertThat(vm.smartRow(SmartLetter.SPECIFIC).passedProperty().get()).as("the check stays on the fields")
                .isFalse();

        type(vm, "audience", "people renewing passports");
        vm.resetSentence();
        assertThat(vm.sentenceEditedProperty().get()).isFalse();
        assertThat(vm.sentenceProperty().get()).isEqualTo(vm.previewProperty().get()).contains("people renewing");
    }

    @Test
    void noBaselineYetIsWrittenIntoTheSentenceAndNeedsADate() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);
        fillGood(vm);
        vm.noBaselineYetProperty().set(true);
        assertThat(vm.smartRow(SmartLetter.MEASURABLE).detailProperty().get())
                .isEqualTo("Enter the date by which you will measure your baseline");
        assertThat(vm.previewProperty().get()).contains("rising from a figure I will measure by [date] to 2,500");

        vm.measureBaselineByProperty().set("30/06/2026");
        assertThat(vm.smartProperty().get()).isTrue();
        assertThat(vm.previewProperty().get()).contains("rising from a figure I will measure by 30 June 2026 to 2,500");

        vm.measureBaselineByProperty().set("30/04/2026");
        assertThat(vm.measureByMessageProperty().get())
                .isEqualTo("The date to measure your baseline by must be today or later (1 May 2026)");
    }

    @Test
    void aStretchingTargetNeedsAConfirmationWithAReason() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);
        fillGood(vm);
        assertThat(vm.stretchTargetProperty().get()).isFalse();

        type(vm, "target", "6000");
        assertThat(vm.stretchTargetProperty().get()).isTrue();
        assertThat(vm.targetMessageProperty().get()).isEqualTo("Your target of 6000 is more than three times your"
                + " baseline of 1500. If it is realistic, confirm it and say why");
        assertThat(vm.smartRow(SmartLetter.ACHIEVABLE).passedProperty().get()).isFalse();

        vm.targetConfirmedProperty().set(true);
        assertThat(vm.targetMessageProperty().get()).isEqualTo("Say why the target is achievable");
        vm.targetReasonProperty().set("A national campaign starts in June");
        assertThat(vm.smartRow(SmartLetter.ACHIEVABLE).passedProperty().get()).isTrue();
        assertThat(vm.smartRow(SmartLetter.ACHIEVABLE).detailProperty().get())
                .isEqualTo("You confirmed this stretching target: A national campaign starts in June");
        assertThat(vm.smartProperty().get()).isTrue();
    }

    @Test
    void savingIsRefusedUntilSmartThenHandsOverTheObjective() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        assertThat(vm.save()).isFalse();
        assertThat(vm.errors()).extracting(ErrorItem::text)
                .containsExactly("Choose a suggestion or a template before you save.");

        vm.selectTemplate(OUTCOME);
        type(vm, "action", "tag every link I share and report monthly");
        assertThat(vm.save()).isFalse();
        assertThat(saved).isEmpty();
        assertThat(vm.errors()).extracting(ErrorItem::text).contains("Name the channel or activity",
                "Say who the audience is", "Name the business or policy objective this serves");
        assertThat(vm.errors().get(0).fieldId()).contains("channel");
        // After a save attempt every field shows its message, typed in or not.
        assertThat(vm.field("evidence").orElseThrow().messageProperty().get())
                .isEqualTo("Say where the evidence will come from");

        fillGood(vm);
        assertThat(vm.errors()).as("the summary clears as things are fixed").isEmpty();
        assertThat(vm.save()).isTrue();

        assertThat(saved).hasSize(1);
        DigitalObjective objective = saved.get(0);
        assertThat(objective.templateId()).isEqualTo(OUTCOME);
        assertThat(objective.deadline()).contains(LocalDate.of(2027, 2, 28));
        assertThat(objective.values()).containsEntry("deadline", "2027-02-28").containsEntry("baseline", "1,500")
                .containsEntry("channel", "GOV.UK").hasSize(9);
        assertThat(objective.text()).isEqualTo("By 28 February 2027, for my work on GOV.UK aimed at people renewing"
                + " passports, I will tag every link I share and report monthly, so that I can show online renewals"
                + " started from our pages rising from 1,500 to 2,500, evidenced by web analytics, to support moving"
                + " more renewals online.");
        assertThat(vm.statusProperty().get()).isEqualTo("Your objective is saved.");
    }

    @Test
    void theSavedObjectiveKeepsTheEditedSentenceAndTheExtras() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);
        fillGood(vm);
        type(vm, "baseline", "");
        vm.noBaselineYetProperty().set(true);
        vm.measureBaselineByProperty().set("30/06/2026");
        vm.sentenceProperty().set("  My own sentence.  ");
        assertThat(vm.save()).isTrue();
        DigitalObjective objective = saved.get(0);
        assertThat(objective.text()).isEqualTo("My own sentence.");
        assertThat(objective.values()).doesNotContainKey("baseline")
                .containsEntry(ObjectiveFields.BASELINE_MEASURE_BY, "2026-06-30");
    }

    @Test
    void anExistingObjectiveIsShownAsSaved() {
        DigitalObjective existing = new DigitalObjective(TEST_AND_LEARN, Map.of("action", "run A/B tests",
                "channel", "the email bulletin", "audience", "new subscribers", "metric", "the click rate",
                "baseline", "3", "target", "12", "deadline", "2027-01-31", "evidence", "bulletin reports",
                "objective", "more people using the service", ObjectiveFields.TARGET_REASON, "new design"),
                "My edited sentence.", Optional.of(LocalDate.of(2027, 1, 31)));
        ObjectiveBuilderViewModel vm = builder("strategic-communication",
                scores("strategic-communication", "70", "80", "55"), Optional.of(existing));

        assertThat(vm.templateProperty().get().id()).isEqualTo(TEST_AND_LEARN);
        assertThat(vm.field("deadline").orElseThrow().valueProperty().get()).isEqualTo("31/01/2027");
        assertThat(vm.targetConfirmedProperty().get()).isTrue();
        assertThat(vm.sentenceProperty().get()).isEqualTo("My edited sentence.");
        assertThat(vm.sentenceEditedProperty().get()).isTrue();
        assertThat(vm.smartProperty().get()).isTrue();

        assertThat(vm.save()).isTrue();
        assertThat(saved.get(0)).isEqualTo(existing);
    }

    @Test
    void anObjectiveSavedBeforeNumbersWereGroupedIsNotTakenForAnEditedSentence() {
        Map<String, String> values = Map.of("action", "run A/B tests", "channel", "the email bulletin",
                "audience", "new subscribers", "metric", "the click rate", "baseline", "1500", "target", "2500",
                "deadline", "2027-01-31", "evidence", "bulletin reports", "objective", "more people using the service");
        DigitalObjective probe = new DigitalObjective(TEST_AND_LEARN, values, "", Optional.of(LocalDate.of(2027, 1, 31)));
        String composed = builder("strategic-communication", scores("strategic-communication", "70", "80", "55"),
                Optional.of(probe)).previewProperty().get();
        assertThat(composed).contains("1,500").contains("2,500");
        DigitalObjective savedEarlier = new DigitalObjective(TEST_AND_LEARN, values,
                composed.replace("1,500", "1500").replace("2,500", "2500"), Optional.of(LocalDate.of(2027, 1, 31)));

        ObjectiveBuilderViewModel vm = builder("strategic-communication",
                scores("strategic-communication", "70", "80", "55"), Optional.of(savedEarlier));

        assertThat(vm.sentenceEditedProperty().get()).isFalse();
        assertThat(vm.sentenceProperty().get()).isEqualTo(composed);
    }

    @Test
    void theExampleFillsOnlyEmptyFields() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        vm.selectTemplate(OUTCOME);
        type(vm, "audience", "my own audience");
        vm.useExample();
        assertThat(vm.field("audience").orElseThrow().valueProperty().get()).isEqualTo("my own audience");
        assertThat(vm.field("metric").orElseThrow().valueProperty().get())
                .isEqualTo("monthly online renewals started from our posts");
        assertThat(vm.field("deadline").orElseThrow().valueProperty().get()).isEqualTo("31/03/2027");
        assertThat(vm.smartProperty().get()).isTrue();
    }

    @Test
    void everyFindingHasWords() {
        ObjectiveBuilderViewModel vm = measurementAtWorking();
        ObjectiveTemplate template = TOOLKIT.template(OUTCOME).orElseThrow();
        for (CheckCode code : CheckCode.values()) {
            for (String field : List.of("action", "baseline", "custom")) {
                Finding finding = new Finding(SmartLetter.SPECIFIC, code, Optional.of(field),
                        List.of(new java.math.BigDecimal("10"), LocalDate.of(2027, 3, 31)));
                String text = vm.text(finding, template);
                assertThat(text).as(code + " " + field).isNotBlank().doesNotContain("{").doesNotContain("objective.");
            }
        }
    }
}
