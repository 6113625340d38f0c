package uk.gov.gcs.digitalskills.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.TestContent;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.cli.Cli;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.ResultJson;

class ResultsViewModelTest {
    @TempDir
    Path dir;
    private final Messages messages = Messages.english();
    private final Formats formats = new Formats(messages, ZoneOffset.UTC);
    private final RecordingRoutes routes = new RecordingRoutes();
    private final Questionnaire questionnaire = TestContent.bundled();

    private AssessmentRecord record() {
        return new AssessmentRecord(UUID.fromString("6d1f4c1e-2b1a-4c55-9a57-0c5a1f1e9b01"), questionnaire.ref(),
                new Respondent("Sam", "press-office", "heo", "cabinet-office"),
                Optional.of(OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneOffset.UTC)),
                Optional.of(OffsetDateTime.of(2026, 11, 21, 9, 20, 0, 0, ZoneOffset.UTC)),
                TestContent.answers(questionnaire, "press-office", Map.of("planning", 3, "objective-setting", 1,
                        "measurement-insight", 2, "engaging-online", 4, "press-office", 0)),
                Map.of(), Optional.empty());
    }

    @Test
    void everyFigureEqualsWhatTheScoreCommandPrints() throws Exception {
        AssessmentRecord record = record();
        ResultsViewModel vm = new ResultsViewModel(questionnaire, record, messages, formats, routes, false);
        Path file = dir.resolve("result.dsa.json");
        Files.write(file, ResultJson.toBytes(record, null));
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"--data-dir", dir.toString(), "score", file.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()), folder -> { });
        assertThat(code).isZero();
        JsonNode printed = JsonSupport.mapper().readTree(out.toString());

        assertThat(vm.overallPercent()).isEqualTo(printed.at("/overall/percent").decimalValue().toPlainString() + "%");
        assertThat(vm.overallLevel()).isEqualToIgnoringCase(printed.at("/overall/level").asText());
        assertThat(vm.areas()).hasSameSizeAs(printed.get("areas"));
        for (int i = 0; i < vm.areas().size(); i++) {
            ResultsViewModel.AreaLine line = vm.areas().get(i);
            JsonNode area = printed.get("areas").get(i);
            assertThat(line.areaId()).isEqualTo(area.get("id").asText());
            assertThat(line.percent().orElseThrow()).isEqualByComparingTo(area.get("percent").decimalValue());
            assertThat(line.percentText()).isEqualTo(area.get("percent").decimalValue().toPlainString() + "%");
            String levelId = area.get("level").asText();
            assertThat(line.levelText()).isEqualTo(questionnaire.level(levelId).orElseThrow().label());
        }
    }

    @Test
    void namesTheStrongestAndWeakestAreasAndGivesAdviceAndLearning() {
        ResultsViewModel vm = new ResultsViewModel(questionnaire, record(), messages, formats, routes, false);
        assertThat(vm.strongest()).extracting(ResultsViewModel.AreaLine::areaId)
                .containsExactly("engaging-online", "planning");
        assertThat(vm.weakest()).extracting(ResultsViewModel.AreaLine::areaId)
                .containsExactly("press-office", "objective-setting");
        assertThat(vm.advice()).hasSize(5);
        ResultsViewModel.Advice planning = vm.advice().get(0);
        String levelId = vm.report().area("planning").orElseThrow().level().orElseThrow().id();
        assertThat(planning.text()).isEqualTo(questionnaire.area("planning").orElseThrow().adviceFor(levelId).orElseThrow());
        assertThat(vm.learning()).extracting(ResultsViewModel.Learning::areaTitle)
                .containsExactly("Press office and media", "Setting objectives");
    }

    private AssessmentRecord record(Map<String, Integer> strengths) {
        AssessmentRecord base = record();
        return new AssessmentRecord(base.assessmentId(), base.questionnaire(), base.respondent(), base.startedAt(),
                base.completedAt(), TestContent.answers(questionnaire, "press-office", strengths), Map.of(),
                Optional.empty());
    }

    @Test
    void anAreaAtTheLowestLevelIsNeverAStrength() {
        // Planning is the strongest of five weak areas, but still at Awareness: not a strength.
        AssessmentRecord record = record(Map.of("planning", 1, "objective-setting", 0, "measurement-insight", 0,
                "engaging-online", 0, "press-office", 4));
        ResultsViewModel vm = new ResultsViewModel(questionnaire, record, messages, formats, routes, false);
        assertThat(vm.report().area("planning").orElseThrow().level().orElseThrow().id()).isEqualTo("awareness");
        assertThat(vm.report().strongestFirst().get(1).areaId()).isEqualTo("planning");
        assertThat(vm.strongest()).extracting(ResultsViewModel.AreaLine::areaId).containsExactly("press-office");
        assertThat(vm.strongest()).allSatisfy(line -> assertThat(line.levelText()).isNotEqualTo("Awareness"));
    }

    @Test
    void withNoAreaAtWorkingOrAboveItSaysThereAreNoStrengths() {
        AssessmentRecord record = record(Map.of("planning", 0, "objective-setting", 0, "measurement-insight", 1,
                "engaging-online", 0, "press-office", 0));
        ResultsViewModel vm = new ResultsViewModel(questionnaire, record, messages, formats, routes, false);
        assertThat(vm.report().strongestFirst()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.level().orElseThrow().id()).isEqualTo("awareness"));
        assertThat(vm.strongest()).isEmpty();
        assertThat(vm.noStrengthsText()).isEqualTo("You do not have an area at Working level or above yet, so "
                + "there are no strengths to list. Start with the areas to develop.");
        assertThat(vm.weakest()).hasSize(2);
    }

    @Test
    void eachBarHasATextAlternativeWithPercentAndLevel() {
        ResultsViewModel vm = new ResultsViewModel(questionnaire, record(), messages, formats, routes, false);
        ResultsViewModel.AreaLine line = vm.areas().get(0);
        assertThat(line.accessibleText()).isEqualTo("Planning: " + line.percent().orElseThrow().toPlainString()
                + " percent, " + line.levelText() + " level.");
        assertThat(vm.markers()).extracting(ResultsViewModel.Marker::label)
                .containsExactly("Awareness", "Working", "Practitioner", "Expert");
        assertThat(vm.levelsLegend()).isEqualTo(
                "Levels: Awareness from 0%, Working from 40%, Practitioner from 65%, Expert from 85%.");
    }

    @Test
    void backGoesWhereTheResultsWereOpenedFrom() {
        new ResultsViewModel(questionnaire, record(), messages, formats, routes, true).back();
        assertThat(routes.last()).isEqualTo("history");
        new ResultsViewModel(questionnaire, record(), messages, formats, routes, false).back();
        assertThat(routes.last()).isEqualTo("start");
    }
}
