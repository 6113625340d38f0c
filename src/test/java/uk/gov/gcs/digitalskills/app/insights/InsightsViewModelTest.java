package uk.gov.gcs.digitalskills.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;

/** The view-model without the FX toolkit: work runs at once on the test thread. */
class InsightsViewModelTest {
    @TempDir
    Path dir;

    /** Half past midnight on 1 May 2026 in London, still 30 April in UTC. */
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-04-30T23:30:00Z"), ZoneId.of("Europe/London"));

    private final ImmediateBackground work = new ImmediateBackground();
    private InsightsViewModel vm;

    @BeforeEach
    void create() {
        vm = new InsightsViewModel(() -> new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library()), work, DAY, Messages.english());
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private Path folder(String name, int n, String role, Random random) {
        Path folder = dir.resolve(name);
        for (int i = 0; i < n; i++) {
            InsightsFixtures.writeResult(folder, "r" + i + ".dsa.json",
                    InsightsFixtures.record(random, role, "heo", "cabinet-office"));
        }
        return folder;
    }

    @Test
    void anEmptyStoreSaysHowToStartAndShowsNoFigures() {
        vm.load();
        assertThat(vm.hasResultsProperty().get()).isFalse();
        assertThat(vm.countTextProperty().get()).contains("No results have been imported yet");
        assertThat(vm.anonymisedText()).contains("no names are stored");
    }

    @Test
    void importShowsProgressThenASummaryWithReasonsAndTheFigures() {
        Path folder = folder("in", 6, "press-office", new Random(1));
        InsightsFixtures.write(folder.resolve("broken.json"), "{");
        InsightsFixtures.writeResult(folder, "again.dsa.json",
                InsightsFixtures.record(new Random(1), "press-office", "heo", "cabinet-office"));
        List<Double> progress = new java.util.ArrayList<>();
        vm.progressProperty().addListener((obs, old, value) -> progress.add(value.doubleValue()));

        vm.importPaths(List.of(folder));

        assertThat(progress).contains(-1.0, 1.0);
        assertThat(vm.importingProperty().get()).isFalse();
        assertThat(vm.progressTextProperty().get()).isEqualTo("8 of 8 files");
        assertThat(vm.summaryCountsProperty().get()).isEqualTo("6 imported, 1 duplicates, 0 conflicts, 1 rejected");
        assertThat(vm.rejections()).singleElement().asString().contains("broken.json")
                .contains("not in the JSON format");
        assertThat(vm.summaryDetailsProperty().get()).contains("Rejected: ").contains("Duplicate: ")
                .contains("again.dsa.json");
        assertThat(vm.hasResultsProperty().get()).isTrue();
        assertThat(vm.countTextProperty().get()).isEqualTo("6 results stored; 6 in this view.");
        assertThat(vm.levelBars()).isNotEmpty();
        assertThat(vm.chartDescriptionProperty().get()).startsWith("Chart of levels per area.").contains("Planning: ");
        assertThat(vm.lowestQuestions()).hasSizeLessThanOrEqualTo(10).isNotEmpty();
    }

    @Test
    void cancellingKeepsWhatWasReadAndSaysSo() {
        Path folder = folder("in", 12, "press-office", new Random(2));
        work.cancelAfter(4);
        vm.importPaths(List.of(folder));
        assertThat(vm.lastImportProperty().get().cancelled()).isTrue();
        assertThat(vm.progressTextProperty().get()).startsWith("Import cancelled after 4 of 12 files");
        assertThat(vm.storedCount()).isEqualTo(4);
    }

    @Test
    void smallGroupsShowFewerThanAndNoFigureAtTheBoundary() {
        Random random = new Random(3);
        // Two small groups, so neither can be worked out from the others and nothing more is withheld.
        vm.importPaths(List.of(folder("press", 5, "press-office", random), folder("internal", 3,
                "internal-communication", random), folder("policy", 4, "policy-official", random)));
        vm.groupingProperty().set(Grouping.ROLE);
        vm.refresh();
        assertThat(vm.groupHeadingProperty().get()).isEqualTo("Mean area scores by role");
        assertThat(vm.groupRows()).extracting(FiguresPresenter.GroupRow::group)
                .containsExactly("Everyone", "Press office and media", "Internal communication",
                        "Policy official (not in a communication role)");
        FiguresPresenter.GroupRow press = vm.groupRows().get(1);
        FiguresPresenter.GroupRow policy = vm.groupRows().get(3);
        assertThat(press.results()).isEqualTo("5");
        assertThat(press.areaMeans().get(0)).endsWith("%");
        assertThat(policy.results()).isEqualTo("fewer than 5");
        assertThat(policy.areaMeans()).allMatch("fewer than 5"::equals);
        assertThat(vm.suppressionTextProperty().get()).contains("fewer than 5 results");

        vm.minGroupSizeProperty().set(4);
        vm.refresh();
        // Only internal communication (3) is small now, so the smallest shown group (policy, 4) is withheld.
        assertThat(vm.groupRows().get(2).results()).isEqualTo("fewer than 4");
        assertThat(vm.groupRows().get(3).results()).isEqualTo("withheld");
        assertThat(vm.suppressionTextProperty().get()).contains("fewer than 4 results");

        vm.minGroupSizeProperty().set(3);
        vm.refresh();
        assertThat(vm.groupRows().get(3).results()).isEqualTo("4");
    }

    @Test
    void badFiltersAreExplainedAndKeepTheLastFigures() {
        vm.importPaths(List.of(folder("in", 5, "press-office", new Random(4))));
        vm.fromProperty().set("April 2026");
        vm.refresh();
        assertThat(vm.filterErrorProperty().get()).contains("YYYY-MM");
        assertThat(vm.countTextProperty().get()).contains("5 in this view");
        vm.fromProperty().set("2030-01");
        vm.toProperty().set("2029-01");
        vm.refresh();
        assertThat(vm.filterErrorProperty().get()).contains("must not be after");
        vm.toProperty().set("");
        vm.refresh();
        assertThat(vm.filterErrorProperty().get()).isEmpty();
        assertThat(vm.countTextProperty().get()).isEqualTo("5 results stored; fewer than 5 in this view.");
        assertThat(vm.levelBars()).isEmpty();
    }

    @Test
    void exportWritesTheCsvOnScreenWithAByteOrderMark() throws Exception {
        vm.importPaths(List.of(folder("in", 5, "press-office", new Random(5))));
        assertThat(vm.suggestedCsvName()).as("dated by the clock, in its zone").isEqualTo("team-insights-2026-05-01.csv");
        Path csv = dir.resolve("out").resolve(vm.suggestedCsvName());
        vm.exportCsv(csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("overall,Everyone,5,Planning");
        assertThat(vm.noticeProperty().get()).startsWith("Saved ");
    }

    @Test
    void everyRejectionReasonAndGroupingHasItsText() {
        Messages messages = Messages.english();
        for (uk.gov.gcs.digitalskills.core.insights.RejectionReason reason
                : uk.gov.gcs.digitalskills.core.insights.RejectionReason.values()) {
            assertThat(messages.get("insights.reason." + reason.name().toLowerCase(java.util.Locale.ROOT)))
                    .isEqualTo(reason.summary());
        }
        for (Grouping grouping : Grouping.values()) {
            assertThat(messages.get("insights.grouping." + grouping.id())).isNotBlank();
            assertThat(messages.get("insights.table.heading." + grouping.id())).startsWith("Mean area scores");
        }
    }

    @Test
    void aStoreThatCannotBeOpenedGivesOnePlainSentence() {
        InsightsViewModel broken = new InsightsViewModel(() -> {
            throw new uk.gov.gcs.digitalskills.io.db.AlreadyOpenException(null);
        }, work, DAY, Messages.english());
        broken.load();
        assertThat(broken.errorProperty().get()).isEqualTo(
                "Digital Skills Assessment is already open. Switch to the open window, or close it and try again.");
        assertThat(broken.errorDetailsProperty().get()).as("Copy details names what failed")
                .contains("AlreadyOpenException");
    }
}
