package uk.gov.gcs.digitalskills.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.pages.InsightsPage;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;
import uk.gov.gcs.digitalskills.io.pdf.TeamReport;

/**
 * The redesigned screen at 1000×760 with a few hundred results in two questionnaire versions: nothing runs off
 * the right, one vertical scroll bar, a colour per level that matches the legend, the table alternative, the
 * version selector, and "Download team report".
 */
@ExtendWith(ApplicationExtension.class)
class InsightsLayoutTest {
    @TempDir
    static Path dir;
    private static Path incoming;

    private InsightsViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        if (incoming == null) {
            incoming = dir.resolve("incoming");
            Random random = new Random(760);
            String[] roles = {"press-office", "digital-content", "marketing-campaigns", "strategic-communication"};
            for (int i = 0; i < 260; i++) {
                InsightsFixtures.writeResult(incoming, "r" + i + ".dsa.json", InsightsFixtures.record(random,
                        roles[i % roles.length], "heo", "cabinet-office", 0.15 + 0.7 * random.nextDouble()));
            }
            for (int i = 0; i < 60; i++) {
                NewerResults.write(incoming, "n" + i + ".dsa.json", random, "press-office", random.nextDouble());
            }
        }
        Files.createDirectories(dir.resolve("reports"));
        Messages messages = Messages.english();
        Clock clock = Clock.fixed(Instant.parse("2027-03-31T09:00:00Z"), ZoneOffset.UTC);
        vm = new InsightsViewModel(() -> new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library()), new ImmediateBackground(), clock, new ErrorPresenter(messages), messages,
                (r, stored, target) -> new TeamReport("test").save(r, stored,
                        TeamReport.questionnaireFor(r, InsightsFixtures.library()), java.time.LocalDate.now(clock),
                        target), new uk.gov.gcs.digitalskills.app.export.DesktopActions() {
                            @Override
                            public void open(Path file) {
                            }

                            @Override
                            public void showInFolder(Path file) {
                            }
                        });
        PathChooser chooser = new FixedPathChooser(incoming, Optional.empty(),
                Optional.of(dir.resolve("reports").resolve("team")));
        Navigator navigator = new Navigator(messages, 1000, 760);
        navigator.show(InsightsView.build(vm, messages, chooser, () -> { }));
        stage.setScene(navigator.scene());
        stage.setWidth(1000);
        stage.setHeight(760);
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private InsightsPage imported(FxRobot robot) {
        InsightsPage page = new InsightsPage(robot);
        page.chooseFolder().waitUntil(() -> vm.hasResultsProperty().get() && !vm.levelBars().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return page;
    }

    @Test
    void fitsTheWindowWithOneVerticalScrollBar(FxRobot robot) {
        imported(robot);
        robot.interact(() -> vm.groupingProperty().set(uk.gov.gcs.digitalskills.core.insights.Grouping.ROLE));
        robot.interact(vm::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        double width = stage.getScene().getWidth();
        assertThat(width).isLessThanOrEqualTo(1000);
        List<String> overflowing = new ArrayList<>();
        visit(stage.getScene().getRoot(), node -> {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            if (b.getMaxX() > width + 1) {
                overflowing.add(node.getClass().getSimpleName() + "#" + node.getId() + " " + node.getStyleClass()
                        + " ends at " + Math.round(b.getMaxX()));
            }
        });
        assertThat(overflowing).as("nodes past the right edge of a %s-pixel window", width).isEmpty();

        List<ScrollBar> vertical = new ArrayList<>();
        visit(stage.getScene().getRoot(), node -> {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                vertical.add(bar);
            }
        });
        assertThat(vertical).as("visible vertical scroll bars").hasSize(1);
        List<ScrollPane> panes = new ArrayList<>();
        visit(stage.getScene().getRoot(), node -> {
            if (node instanceof ScrollPane pane) {
                panes.add(pane);
            }
        });
        assertThat(panes).as("scroll panes").hasSize(1);
    }

    /** Visits every node a user could see: visible itself and inside visible parents. */
    private static void visit(Node node, java.util.function.Consumer<Node> visitor) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        visitor.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, visitor);
            }
        }
    }

    @Test
    void eachLevelHasItsOwnColourAndTheLegendShowsTheSame(FxRobot robot) {
        InsightsPage page = imported(robot);
        Set<Paint> colours = new LinkedHashSet<>();
        for (int level = 0; level < vm.levelLabels().size(); level++) {
            String style = LevelChart.fillClass(level);
            Paint legend = fill(page.chart().lookup("#insights-chart-legend ." + style));
            List<Paint> segments = page.chart().lookupAll(".level-segment." + style).stream()
                    .map(InsightsLayoutTest::fill).toList();
            assertThat(segments).as("segments of level %d", level).isNotEmpty().containsOnly(legend);
            colours.add(legend);
        }
        assertThat(colours).as("one distinct colour per level").hasSize(vm.levelLabels().size());
        // And never colour alone: the legend names each level, and every segment says its level and share.
        List<String> legendText = page.chart().lookup("#insights-chart-legend").lookupAll(".legend-label").stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(legendText).containsExactlyElementsOf(vm.levelLabels());
        assertThat(page.chart().lookupAll(".segment-label")).allSatisfy(n -> assertThat(((Label) n).getText())
                .matches("(Awareness|Working|Practitioner|Expert) \\d+%"));
    }

    private static Paint fill(Node node) {
        return ((Region) node).getBackground().getFills().get(0).getFill();
    }

    @Test
    void aSegmentTooNarrowForItsLabelPutsTheLabelBesideIt(FxRobot robot) {
        robot.interact(() -> {
            LevelChart.Bar bar = new LevelChart.Bar(List.of(new FiguresPresenter.Segment(0, "Awareness", 1, 3),
                    new FiguresPresenter.Segment(1, "Working", 30, 97)));
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(bar);
            new javafx.scene.Scene(root, 600, 120);
            root.applyCss();
            root.layout();
            assertThat(bar.labelInside(0)).as("3% of 600 pixels cannot hold \"Awareness 3%\"").isFalse();
            assertThat(bar.labelInside(1)).isTrue();
            Bounds label = bar.labels().get(0).getBoundsInParent();
            Bounds segment = bar.segments().get(0).getBoundsInParent();
            assertThat(label.getMinY()).as("under the bar, not over the next segment")
                    .isGreaterThanOrEqualTo(segment.getMaxY());
            assertThat(label.getMaxX()).isLessThanOrEqualTo(600);
            assertThat(bar.labels().get(1).getBoundsInParent().getMaxY()).isLessThanOrEqualTo(segment.getMaxY());
        });
    }

    @Test
    void theTableAlternativeHasEveryAreaAndLevel(FxRobot robot) {
        InsightsPage page = imported(robot);
        List<String> headings = new ArrayList<>(List.of("Area", "Results"));
        headings.addAll(vm.levelLabels());
        assertThat(page.levelsTableHeadings()).containsExactlyElementsOf(headings);
        List<List<String>> rows = page.levelsTable();
        assertThat(rows).hasSize(vm.levelBars().size());
        for (List<String> row : rows) {
            assertThat(row).hasSize(headings.size());
            assertThat(row.subList(2, row.size())).allSatisfy(cell -> assertThat(cell)
                    .matches("\\d+% \\([\\d,]+\\)|fewer than 5|withheld"));
        }
        assertThat(rows.get(0).get(0)).isEqualTo(vm.levelBars().get(0).areaTitle());
    }

    @Test
    void showsTheNewestVersionAndSwitchesToAnother(FxRobot robot) {
        InsightsPage page = imported(robot);
        assertThat(page.versions()).containsExactly("2027.1", "2026.1");
        assertThat(page.shownVersion()).isEqualTo("2027.1");
        assertThat(page.label("insights-version-text")).startsWith("Showing questionnaire version 2027.1, the newest")
                .contains("2026.1");
        assertThat(page.label("insights-count")).contains("320 results stored; 60 in this view.");

        page.chooseVersion("2026.1");
        assertThat(page.label("insights-version-text")).startsWith("Showing questionnaire version 2026.1.");
        assertThat(page.label("insights-count")).contains("260 in this view");
        assertThat(page.shows("insights-quality-section")).isTrue();
    }

    @Test
    void downloadsTheTeamReportAndConfirmsWhereItWent(FxRobot robot) throws Exception {
        InsightsPage page = imported(robot);
        page.downloadReport().waitUntil(() -> !page.label("insights-report-confirmation").isEmpty());
        Path saved = dir.resolve("reports").resolve("team.pdf");
        assertThat(Files.readAllBytes(saved)).startsWith("%PDF-".getBytes());
        assertThat(page.label("insights-report-confirmation")).isEqualTo("Team report saved as team.pdf in "
                + saved.getParent() + ".");
        assertThat(page.shows("insights-report-error")).isFalse();
    }
}
