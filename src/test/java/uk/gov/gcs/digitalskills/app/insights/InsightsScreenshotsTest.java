package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.gcs.digitalskills.app.Screenshots;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Navigator;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;

/** Writes docs/screenshots/insights.png when -Dscreenshots.dir is set. */
@ExtendWith(ApplicationExtension.class)
class InsightsScreenshotsTest {
    @TempDir
    static Path dir;

    private Screen screen;
    private InsightsViewModel vm;
    private Path incoming;

    @Start
    void start(Stage stage) {
        incoming = dir.resolve("incoming");
        Random random = new Random(2026);
        String[][] teams = {{"press-office", "cabinet-office", "14", "0.55"},
            {"digital-content", "cabinet-office", "11", "0.8"}, {"marketing-campaigns", "home-office", "9", "0.65"},
            {"strategic-communication", "home-office", "8", "0.4"}, {"internal-communication", "hm-treasury", "3", "0.5"}};
        int n = 0;
        for (String[] team : teams) {
            for (int i = 0; i < Integer.parseInt(team[2]); i++) {
                InsightsFixtures.writeResult(incoming, "r" + n++ + ".dsa.json",
                        InsightsFixtures.record(random, team[0], "heo", team[1],
                                Math.min(1, Math.max(0, Double.parseDouble(team[3]) + random.nextGaussian() * 0.2))));
            }
        }
        InsightsFixtures.write(incoming.resolve("minutes.json"), "Minutes of the team meeting");
        InsightsFixtures.writePdf(incoming.resolve("old-appraisal.pdf"), null);
        vm = new InsightsViewModel(() -> new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library()), new ImmediateBackground(), Clock.systemUTC(), Messages.english());
        screen = InsightsView.build(vm, Messages.english(), FixedPathChooser.folder(incoming), () -> { });
        Navigator navigator = new Navigator(Messages.english(), 1000, 760);
        navigator.show(screen);
        stage.setScene(navigator.scene());
        stage.sizeToScene();
        stage.show();
        vm.load();
    }

    @Test
    void insightsScreen(FxRobot robot) {
        robot.interact(() -> vm.importPaths(List.of(incoming)));
        robot.interact(() -> {
            vm.groupingProperty().set(Grouping.ROLE);
            vm.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(screen.root(), "insights"));
        vm.close();
    }
}
