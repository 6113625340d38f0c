package uk.gov.gcs.digitalskills.app.insights;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.core.insights.Grouping;

/** "Filters": group by, the minimum group size, the period, and "Apply filters". */
final class FiltersSection {
    private FiltersSection() {
    }

    static VBox build(InsightsViewModel vm, Messages messages) {
        InsightsFilters filters = vm.filters();
        Label heading = Ui.heading(messages.get("insights.filters.heading"), "m");
        heading.setId("insights-filters-heading");
        ComboBox<Grouping> grouping = new ComboBox<>();
        grouping.setId("insights-grouping");
        grouping.getItems().setAll(Grouping.values());
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping g) {
                return g == null ? "" : messages.get("insights.grouping." + g.id());
            }

            @Override
            public Grouping fromString(String s) {
                return null;
            }
        });
        grouping.valueProperty().bindBidirectional(filters.groupingProperty());
        grouping.setOnAction(e -> vm.refresh());
        Spinner<Integer> minimum = new Spinner<>(3, 1000, filters.minGroupSizeProperty().get());
        minimum.setId("insights-min-group");
        minimum.setEditable(true);
        minimum.setPrefWidth(110);
        minimum.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                filters.minGroupSizeProperty().set(value);
            }
        });
        TextField from = month("insights-from", messages);
        from.textProperty().bindBidirectional(filters.fromProperty());
        TextField to = month("insights-to", messages);
        to.textProperty().bindBidirectional(filters.toProperty());
        Button apply = Ui.secondary(messages.get("insights.filters.apply"), vm::refresh);
        apply.setId("insights-apply");
        from.setOnAction(e -> vm.refresh());
        to.setOnAction(e -> vm.refresh());

        ComboBox<String> version = new ComboBox<>(vm.versions());
        version.setId("insights-version");
        // The filter holds null for "the newest"; the box shows the version the figures actually come from.
        vm.reportProperty().addListener((obs, old, report) -> {
            if (report != null) {
                version.setValue(report.version().orElse(null));
            }
        });
        version.setOnAction(e -> {
            String chosen = version.getValue();
            if (chosen != null && vm.reportProperty().get() != null
                    && !vm.reportProperty().get().version().map(chosen::equals).orElse(false)) {
                filters.versionProperty().set(chosen);
                vm.refresh();
            }
        });
        FlowPane row = new FlowPane(24, 12, field(messages.get("insights.filters.version"), version),
                field(messages.get("insights.filters.groupBy"), grouping),
                field(messages.get("insights.filters.minGroup"), minimum),
                field(messages.get("insights.filters.from"), from), field(messages.get("insights.filters.to"), to),
                apply);
        row.setAlignment(Pos.BOTTOM_LEFT);
        // A flow pane wraps to the page's width, so the fields move to a new line rather than run off the right.
        row.setPrefWrapLength(600);
        row.setMinWidth(0);
        Label filterError = new Label();
        filterError.setId("insights-filter-error");
        filterError.getStyleClass().add(Ui.ERROR_MESSAGE);
        filterError.setWrapText(true);
        filterError.textProperty().bind(filters.errorProperty());
        InsightsView.showWhenText(filterError);
        VBox section = new VBox(12, heading, row, filterError);
        section.getStyleClass().add(Ui.SECTION_BREAK);
        section.visibleProperty().bind(vm.hasResultsProperty());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private static TextField month(String id, Messages messages) {
        TextField month = new TextField();
        month.setId(id);
        month.setPromptText(messages.get("insights.filters.monthPrompt"));
        month.setPrefColumnCount(8);
        return month;
    }

    private static VBox field(String text, Control control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        return new VBox(6, label, control);
    }
}
