package uk.gov.gcs.digitalskills.app.insights;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * "How well the questions work", for questionnaire authors: per area its reliability, and per question its
 * facility and discrimination with each flag in plain words and what to do about it.
 */
final class QualitySection {
    private QualitySection() {
    }

    static VBox build(InsightsViewModel vm, Messages messages) {
        Label heading = Ui.heading(messages.get("insights.quality.heading"), "m");
        heading.setId("insights-quality-heading");
        VBox areas = new VBox(18);
        areas.setId("insights-quality");
        Runnable fill = () -> {
            areas.getChildren().clear();
            int n = 0;
            for (MorePresenter.AreaQuality area : vm.quality()) {
                Label title = Ui.heading(area.area(), "s");
                Label summary = Ui.body(area.summary());
                VBox part = new VBox(8, title, summary);
                if (!area.advice().isEmpty()) {
                    Label advice = Ui.body(area.advice());
                    advice.getStyleClass().add(Ui.INSET);
                    part.getChildren().add(advice);
                }
                if (!area.questions().isEmpty()) {
                    GridPane grid = FiguresSection.table("insights-quality-" + n);
                    grid.getColumnConstraints().setAll(FiguresSection.share(42), FiguresSection.share(12),
                            FiguresSection.share(14), FiguresSection.share(32));
                    List<String> headings = List.of(messages.get("insights.quality.question"),
                            messages.get("insights.quality.facilityHeading"),
                            messages.get("insights.quality.discrimination"), messages.get("insights.quality.advice"));
                    FiguresSection.header(grid, headings);
                    int row = 1;
                    for (MorePresenter.QuestionQuality q : area.questions()) {
                        FiguresSection.cells(grid, row, List.of(q.question(), q.facility(), q.discrimination(),
                                q.advice()), headings, messages, vm.minGroupSizeProperty().get());
                        if (q.flagged()) {
                            final int current = row;
                            grid.getChildren().stream().filter(c -> GridPane.getColumnIndex(c) == 3
                                    && GridPane.getRowIndex(c) != null && GridPane.getRowIndex(c) == current)
                                    .forEach(c -> c.getStyleClass().add("flagged-cell"));
                        }
                        row++;
                    }
                    part.getChildren().add(grid);
                }
                areas.getChildren().add(part);
                n++;
            }
        };
        vm.quality().addListener((ListChangeListener<MorePresenter.AreaQuality>) c -> fill.run());
        fill.run();
        VBox section = new VBox(14, heading, Ui.hint(messages.get("insights.quality.intro")), areas);
        section.setId("insights-quality-section");
        section.getStyleClass().add(Ui.SECTION_BREAK);
        section.visibleProperty().bind(vm.hasResultsProperty().and(
                javafx.beans.binding.Bindings.isNotEmpty(vm.quality())));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }
}
