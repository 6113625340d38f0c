package uk.gov.gcs.digitalskills.app.objective;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** "See all templates": a toggle, the area filter, the count, and a row with "Use" per template. */
final class TemplateList {
    private TemplateList() {
    }

    /** {@code chosen} runs after a row's template is selected (the view moves focus to the form). */
    static Node build(ObjectiveBuilderViewModel vm, Messages messages, Runnable chosen) {
        Hyperlink toggle = Ui.link("", () -> vm.showAllTemplatesProperty().set(!vm.showAllTemplatesProperty().get()));
        toggle.setId("objective-show-all");
        toggle.textProperty().bind(Bindings.when(vm.showAllTemplatesProperty())
                .then(messages.get("objective.all.hide")).otherwise(messages.get("objective.all.show")));

        ComboBox<AreaFilter> area = new ComboBox<>();
        area.setId("objective-area-filter");
        area.getItems().setAll(vm.areaFilters());
        area.valueProperty().bindBidirectional(vm.areaFilterProperty());
        Label areaLabel = new Label(messages.get("objective.all.area"));
        areaLabel.getStyleClass().add("field-label");
        areaLabel.setLabelFor(area);
        HBox filter = new HBox(12, areaLabel, area);
        filter.setAlignment(Pos.CENTER_LEFT);
        Label count = Ui.hint("");
        count.setId("objective-all-count");
        VBox list = new VBox(0);
        list.setId("objective-all-list");
        Runnable refresh = () -> {
            list.getChildren().clear();
            count.setText(messages.get("objective.all.count", vm.filteredTemplates().size()));
            for (int i = 0; i < vm.filteredTemplates().size(); i++) {
                list.getChildren().add(row(vm, messages, vm.filteredTemplates().get(i), i, chosen));
            }
        };
        vm.filteredTemplates().addListener((ListChangeListener<TemplateChoice>) c -> refresh.run());
        refresh.run();
        VBox body = new VBox(12, filter, count, list);
        body.visibleProperty().bind(vm.showAllTemplatesProperty());
        body.managedProperty().bind(vm.showAllTemplatesProperty());
        return new VBox(8, toggle, body);
    }

    private static Node row(ObjectiveBuilderViewModel vm, Messages messages, TemplateChoice choice, int index,
                            Runnable chosen) {
        Label title = Ui.heading(choice.title(), "s");
        Label area = Ui.hint(choice.forRole()
                ? messages.get("objective.all.areaForRole", choice.areaTitle(), messages.get("objective.card.forRole"))
                : choice.areaTitle());
        VBox text = new VBox(2, title, area);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button use = Ui.secondary(messages.get("objective.all.use"), () -> {
            vm.selectTemplate(choice.templateId());
            chosen.run();
        });
        use.setId("objective-all-" + index + "-use");
        use.setAccessibleText(messages.get("objective.all.use.accessible", choice.title()));
        HBox row = new HBox(16, text, use);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("objective-template-row");
        return row;
    }
}
