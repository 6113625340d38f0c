package uk.gov.gcs.digitalskills.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.FxBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.pages.InsightsPage;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;

/** The screen with its real background threads: choose a folder, watch it import, read the figures, export. */
@ExtendWith(ApplicationExtension.class)
class InsightsViewTest {
    @TempDir
    static Path dir;

    private InsightsViewModel vm;
    private FxBackground background;
    private Path incoming;
    private Path csv;
    private int backs;
    /** Holds the import after its third file while a test needs it to (the Cancel test). */
    private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

    @Start
    void start(Stage stage) {
        incoming = dir.resolve("incoming-" + System.nanoTime());
        csv = dir.resolve("export-" + System.nanoTime()).resolve("insights.csv");
        Random random = new Random(11);
        for (int i = 0; i < 7; i++) {
            InsightsFixtures.writeResult(incoming, "press-" + i + ".dsa.json",
                    InsightsFixtures.record(random, "press-office", "heo", "cabinet-office", 0.5));
        }
        for (int i = 0; i < 3; i++) {
            InsightsFixtures.writePdf(incoming.resolve("policy-" + i + ".pdf"), InsightsFixtures.resultBytes(
                    InsightsFixtures.record(random, "policy-official", "seo", "home-office")));
        }
        InsightsFixtures.writePdf(incoming.resolve("scan.pdf"), null);
        Path data = dir.resolve("data-" + System.nanoTime());
        background = new FxBackground();
        vm = new InsightsViewModel(() -> new InsightsService(InsightsStore.open(new DataFolder(data)),
                InsightsFixtures.library()), gated(background), Clock.systemUTC(), Messages.english());
        PathChooser chooser = new FixedPathChooser(incoming, Optional.of(csv), Optional.empty());
        Navigator navigator = new Navigator(Messages.english(), 1280, 800);
        navigator.show(InsightsView.build(vm, Messages.english(), chooser, () -> backs++));
        stage.setScene(navigator.scene());
        stage.sizeToScene();
        stage.show();
        vm.load();
    }

    /** The real background, but a job waits at its third file until the test opens the gate. */
    private Background gated(Background real) {
        return new Background() {
            @Override
            public void submit(Run<?> run) {
                real.submit(gate(run));
            }

            private <T> Run<T> gate(Run<T> run) {
                return new Run<>() {
                    @Override
                    public Lane lane() {
                        return run.lane();
                    }

                    @Override
                    public T call(Progress progress) throws Exception {
                        return run.call(new Progress() {
                            @Override
                            public void update(int done, int total) {
                                progress.update(done, total);
                                if (done == 3) {
                                    try {
                                        gate.await(20, java.util.concurrent.TimeUnit.SECONDS);
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                }
                            }

                            @Override
                            public boolean cancelled() {
                                return progress.cancelled();
                            }
                        });
                    }

                    @Override
                    public void progressed(int done, int total) {
                        run.progressed(done, total);
                    }

                    @Override
                    public void succeeded(T value) {
                        run.succeeded(value);
                    }

                    @Override
                    public void failed(Throwable error) {
                        run.failed(error);
                    }

                    @Override
                    public boolean cancelled() {
                        return run.cancelled();
                    }

                    @Override
                    public void cancel() {
                        run.cancel();
                    }
                };
            }

            @Override
            public void unhandled(Throwable error) {
                real.unhandled(error);
            }

            @Override
            public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
                return real.busyProperty();
            }
        };
    }

    @AfterEach
    void close() throws InterruptedException {
        background.close();
        vm.close();
    }

    @Test
    void importingAFolderShowsTheSummaryAndSuppressedFigures(FxRobot robot) {
        InsightsPage page = new InsightsPage(robot);
        page.waitUntil(() -> page.label("insights-count").contains("No results"));
        assertThat(page.shows("insights-figures")).isFalse();

        page.chooseFolder().waitUntil(() -> vm.lastImportProperty().get() != null && !vm.loadingProperty().get()
                && vm.hasResultsProperty().get());

        assertThat(page.label("insights-summary-counts")).isEqualTo("10 imported, 0 duplicates, 0 conflicts, 1 rejected");
        assertThat(page.rejections()).singleElement().asString().contains("scan.pdf")
                .contains("the PDF does not carry a result");
        assertThat(page.label("insights-progress-text")).isEqualTo("11 of 11 files");
        assertThat(page.shows("insights-cancel")).isFalse();
        assertThat(page.label("insights-anonymised")).contains("no names are stored");
        assertThat(page.label("insights-suppression")).contains("fewer than 5");
        assertThat(page.chart().lookupAll(".level-segment")).isNotEmpty();
        assertThat(page.chart().lookupAll(".segment-label")).isNotEmpty().allSatisfy(label -> assertThat(
                ((javafx.scene.control.Label) label).getText()).matches("(Awareness|Working|Practitioner|Expert) \\d+%"));
        assertThat(page.chart().getAccessibleText()).startsWith("Chart of levels per area.");

        assertThat(page.lowestQuestions()).hasSize(10);

        page.groupBy("Role").waitUntil(() -> page.groupColumn(0).size() == 3);
        assertThat(page.groupColumn(0)).containsExactly("Everyone", "Press office and media",
                "Policy official (not in a communication role)");
        // Everyone less press office would reveal the small policy group, so press office is withheld too.
        assertThat(page.groupColumn(1)).containsExactly("10", "withheld", "fewer than 5");
        assertThat(page.groupColumn(2)).first().asString().endsWith("%");
        assertThat(page.groupColumn(2)).last().isEqualTo("fewer than 5");
        assertThat(page.groupHeadings()).startsWith("Group", "Results", "Planning");
    }

    @Test
    void cancelStopsTheImportAndKeepsWhatWasRead(FxRobot robot) {
        gate = new java.util.concurrent.CountDownLatch(1);
        InsightsPage page = new InsightsPage(robot);
        page.chooseFolder().waitUntil(() -> page.label("insights-progress-text").equals("3 of 11 files"));
        assertThat(page.shows("insights-cancel")).isTrue();
        assertThat(page.disabled("insights-choose-folder")).isTrue();

        page.cancel();
        gate.countDown();
        page.waitUntil(() -> vm.lastImportProperty().get() != null && !vm.loadingProperty().get());

        assertThat(page.label("insights-progress-text"))
                .isEqualTo("Import cancelled after 3 of 11 files. The files read before you cancelled were saved.");
        assertThat(page.label("insights-summary-counts")).startsWith("3 imported");
        assertThat(page.shows("insights-cancel")).isFalse();
    }

    @Test
    void exportCsvSavesTheFile(FxRobot robot) throws Exception {
        InsightsPage page = new InsightsPage(robot);
        page.chooseFolder().waitUntil(() -> vm.hasResultsProperty().get() && !vm.loadingProperty().get());
        page.exportCsv().waitUntil(() -> Files.exists(csv) && !page.label("insights-notice").isEmpty());
        assertThat(Files.readString(csv)).startsWith("\uFEFF").contains("Everyone");
        assertThat(page.label("insights-notice")).isEqualTo("Saved " + csv + ".");
    }

    @Test
    void theBackLinkHasFocusFirstAndGoesBack(FxRobot robot) {
        InsightsPage page = new InsightsPage(robot);
        assertThat(page.focusOwner().getId()).isEqualTo("insights-back");
        page.back();
        assertThat(backs).isEqualTo(1);
    }
}
