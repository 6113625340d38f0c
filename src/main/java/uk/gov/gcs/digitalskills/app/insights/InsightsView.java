package uk.gov.gcs.digitalskills.app.insights;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * The Team insights screen, built in code and bound to an {@link InsightsViewModel}, in the order a training
 * lead works: import with progress and Cancel ({@link ImportSection}) and its summary ({@link SummarySection}),
 * what is included ({@link IncludedSection}), filters ({@link FiltersSection}), the figures ({@link FiguresSection}), how well the questions work ({@link QualitySection}),
 * and the team report and CSV ({@link DownloadSection}). One column that wraps: the window's own scroll pane is
 * the only one, and nothing is wider than the window.
 */
public final class InsightsView {
    private InsightsView() {
    }

    /** @param back what the back link (and Alt+Left) does: back to the start screen */
    public static Screen build(InsightsViewModel vm, Messages messages, Runnable back) {
        return build(vm, messages, new FxPathChooser(messages), back);
    }

    /** With the file and folder dialogs answered by {@code chooser} (tests answer them without a window). */
    public static Screen build(InsightsViewModel vm, Messages messages, PathChooser chooser, Runnable back) {
        Hyperlink backLink = Ui.backLink(messages.get("insights.back"), back);
        backLink.setId("insights-back");
        Label heading = Ui.heading(messages.get("insights.title"), "xl");
        heading.setId("insights-heading");
        Label error = new Label();
        error.setId("insights-error");
        error.getStyleClass().add(Ui.ERROR_MESSAGE);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        showWhenText(error);
        Button copy = Ui.copyDetails(messages, "insights-error", () -> vm.errorDetailsProperty().get());
        copy.visibleProperty().bind(vm.errorDetailsProperty().isNotEmpty());
        copy.managedProperty().bind(copy.visibleProperty());
        Label notice = Ui.body(vm.noticeProperty());
        notice.setId("insights-notice");
        showWhenText(notice);

        VBox page = Ui.page(backLink, heading, Ui.body(messages.get("insights.intro")), error, copy,
                notice);
        Supplier<Window> window = () -> page.getScene().getWindow();
        // In the order a training lead works: bring results in, see what they are, narrow them, read, hand on.
        page.getChildren().addAll(ImportSection.build(vm, messages, chooser, window),
                SummarySection.build(vm.imports(), messages), IncludedSection.build(vm, messages),
                FiltersSection.build(vm, messages), FiguresSection.build(vm, messages),
                QualitySection.build(vm, messages), DownloadSection.build(vm, messages, chooser, window));
        page.getStyleClass().addAll("wide", "insights");
        return Screen.of("insights-screen", page, backLink, back);
    }

    static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
