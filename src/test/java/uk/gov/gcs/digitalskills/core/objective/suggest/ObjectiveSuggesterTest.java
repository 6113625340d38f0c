package uk.gov.gcs.digitalskills.core.objective.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.broken;
import static uk.gov.gcs.digitalskills.core.objective.TestTemplates.template;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.forRole;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.nonCore;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

class ObjectiveSuggesterTest {
    private static final Questionnaire Q = questionnaire(
            core("planning", scaleQ("p1")), core("objective-setting", scaleQ("o1")),
            core("measurement-insight", scaleQ("m1")), nonCore("engaging-online", scaleQ("e1")),
            forRole("press-office", "press-office", scaleQ("x1")));

    private static AreaScore scored(String id, boolean core, String percent) {
        BigDecimal p = new BigDecimal(percent);
        return new AreaScore(id, "Title " + id, core, p, BigDecimal.valueOf(100), Optional.of(p),
                Optional.of(Q.levelFor(p)));
    }

    private static AreaScore unscored(String id) {
        return new AreaScore(id, "Title " + id, true, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(),
                Optional.empty());
    }

    private static ScoreReport report(AreaScore... areas) {
        return new ScoreReport(Q.ref(), true, List.of(), Arrays.asList(areas), Optional.empty());
    }

    private static ObjectiveToolkit toolkit(ObjectiveTemplate... templates) {
        return new ObjectiveToolkit("kit", "1", "test", Arrays.asList(templates));
    }

    private static List<String> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.template().id()).toList();
    }

    @Test
    void suggestsTemplatesOfTheLowestCoreAreaAtThePersonsLevelThere() {
        ScoreReport scores = report(scored("planning", true, "70"), scored("objective-setting", true, "45"),
                scored("measurement-insight", true, "60"));
        ObjectiveToolkit kit = toolkit(
                template("plan.working", "planning", List.of("working"), List.of()),
                template("obj.awareness", "objective-setting", List.of("awareness"), List.of()),
                template("obj.working", "objective-setting", List.of("awareness", "working"), List.of()),
                template("obj.expert", "objective-setting", List.of("expert"), List.of()));

        List<Suggestion> suggestions = ObjectiveSuggester.suggest(Q, scores, kit, "other");

        assertThat(ids(suggestions)).containsExactly("obj.working");
        assertThat(suggestions.get(0).area().areaId()).isEqualTo("objective-setting");
        assertThat(suggestions.get(0).area().level().orElseThrow().id()).isEqualTo("working");
        assertThat(suggestions.get(0).fallback()).isFalse();
    }

    @Test
    void nonCoreAndRoleAreasAreNeverTheWeakestEvenWhenLower() {
        ScoreReport scores = report(scored("planning", true, "50"), scored("objective-setting", true, "60"),
                scored("measurement-insight", true, "70"), scored("engaging-online", false, "5"),
                scored("press-office", false, "1"));
        ObjectiveToolkit kit = toolkit(
                template("eng", "engaging-online", List.of("awareness"), List.of()),
                template("press", "press-office", List.of("awareness"), List.of("press-office")),
                template("plan", "planning", List.of("working"), List.of()));

        assertThat(ids(ObjectiveSuggester.suggest(Q, scores, kit, "press-office"))).containsExactly("plan");
    }

    @Test
    void tiesGoToTheAreaThatComesFirstInTheQuestionnaire() {
        // The report lists measurement before planning: the questionnaire's order must still win.
        ScoreReport scores = report(scored("measurement-insight", true, "42.5"), scored("planning", true, "42.5"),
                scored("objective-setting", true, "80"));
        ObjectiveToolkit kit = toolkit(
                template("meas", "measurement-insight", List.of("working"), List.of()),
                template("plan", "planning", List.of("working"), List.of()));

        assertThat(ids(ObjectiveSuggester.suggest(Q, scores, kit, "other"))).containsExactly("plan");
    }

    @Test
    void roleSpecificTemplatesComeFirstThenToolkitOrderAtMostThree() {
        ScoreReport scores = report(scored("planning", true, "80"), scored("objective-setting", true, "90"),
                scored("measurement-insight", true, "50"));
        ObjectiveToolkit kit = toolkit(
                template("general-1", "measurement-insight", List.of("working"), List.of()),
                template("general-2", "measurement-insight", List.of("working"), List.of()),
                template("press-1", "measurement-insight", List.of("working"), List.of("press-office")),
                template("marketing", "measurement-insight", List.of("working"), List.of("marketing-campaigns")),
                template("general-3", "measurement-insight", List.of("working"), List.of()),
                template("press-2", "measurement-insight", List.of("working"),
                        List.of("marketing-campaigns", "press-office")));

        assertThat(ids(ObjectiveSuggester.suggest(Q, scores, kit, "press-office")))
                .containsExactly("press-1", "press-2", "general-1");
        assertThat(ids(ObjectiveSuggester.suggest(Q, scores, kit, "other")))
                .containsExactly("general-1", "general-2", "general-3");
        assertThat(ids(ObjectiveSuggester.suggest(Q, scores, kit, null)))
                .containsExactly("general-1", "general-2", "general-3");
    }

    @Test
    void fallsBackToTheNextLowestCoreAreaWhenTheLowestHasNoFittingTemplate() {
        ScoreReport scores = report(scored("planning", true, "30"), scored("objective-setting", true, "90"),
                scored("measurement-insight", true, "55"));
        ObjectiveToolkit kit = toolkit(
                template("plan.expert", "planning", List.of("expert"), List.of()),
                template("plan.press", "planning", List.of("awareness"), List.of("press-office")),
                template("obj.expert", "objective-setting", List.of("expert"), List.of()),
                template("meas.working", "measurement-insight", List.of("working"), List.of()));

        List<Suggestion> suggestions = ObjectiveSuggester.suggest(Q, scores, kit, "other");

        assertThat(ids(suggestions)).containsExactly("meas.working");
        assertThat(suggestions.get(0).fallback()).isTrue();
        assertThat(suggestions.get(0).area().areaId()).isEqualTo("measurement-insight");
    }

    @Test
    void templatesThatBreakTheToolkitRulesAreNeverOffered() {
        ScoreReport scores = report(scored("planning", true, "10"), scored("objective-setting", true, "90"),
                scored("measurement-insight", true, "95"));
        ObjectiveToolkit kit = toolkit(
                broken("plan.broken", "planning", List.of("awareness")),
                template("obj.expert", "objective-setting", List.of("expert"), List.of()));

        List<Suggestion> suggestions = ObjectiveSuggester.suggest(Q, scores, kit, "other");

        assertThat(ids(suggestions)).containsExactly("obj.expert");
        assertThat(ObjectiveSuggester.availableTo(kit, "other")).extracting(ObjectiveTemplate::id)
                .containsExactly("obj.expert");
    }

    @Test
    void unscoredCoreAreasAreSkipped() {
        ScoreReport scores = report(unscored("planning"), scored("objective-setting", true, "66"),
                scored("measurement-insight", true, "70"));
        ObjectiveToolkit kit = toolkit(
                template("plan", "planning", List.of("awareness", "working", "practitioner", "expert"), List.of()),
                template("obj", "objective-setting", List.of("practitioner"), List.of()));

        assertThat(ids(ObjectiveSuggester.suggest(Q, scores, kit, "other"))).containsExactly("obj");
    }

    @Test
    void nothingIsSuggestedWhenNoCoreAreaIsScoredOrNoTemplateFitsAnywhere() {
        ObjectiveToolkit kit = toolkit(template("plan", "planning", List.of("expert"), List.of()));
        assertThat(ObjectiveSuggester.suggest(Q, report(unscored("planning")), kit, "other")).isEmpty();
        assertThat(ObjectiveSuggester.suggest(Q, report(scored("planning", true, "10")), kit, "other")).isEmpty();
    }

    @Test
    void theSameInputsAlwaysGiveTheSameSuggestions() {
        List<ObjectiveTemplate> templates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            templates.add(template("t" + i, "planning", List.of("working"), i % 3 == 0 ? List.of("press-office")
                    : List.of()));
        }
        ScoreReport scores = report(scored("planning", true, "50"), scored("objective-setting", true, "50"),
                scored("measurement-insight", true, "50"));
        List<String> first = ids(ObjectiveSuggester.suggest(Q, scores, toolkit(templates.toArray(ObjectiveTemplate[]::new)),
                "press-office"));
        for (int i = 0; i < 5; i++) {
            assertThat(ids(ObjectiveSuggester.suggest(Q, scores, toolkit(templates.toArray(ObjectiveTemplate[]::new)),
                    "press-office"))).isEqualTo(first);
        }
        assertThat(first).containsExactly("t0", "t3", "t6");
    }

    @Test
    void levelsFollowTheRoundedPercent() {
        // 39.9 is Awareness, 40.0 is Working: the template for Working is offered only at 40.0.
        ObjectiveToolkit kit = toolkit(template("plan", "planning", List.of("working"), List.of()));
        assertThat(ObjectiveSuggester.suggest(Q, report(scored("planning", true, "39.9")), kit, "other")).isEmpty();
        assertThat(ids(ObjectiveSuggester.suggest(Q, report(scored("planning", true, "40.0")), kit, "other")))
                .containsExactly("plan");
        assertThat(TestQuestionnaires.LEVELS).hasSize(4);
    }
}
