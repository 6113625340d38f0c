package uk.gov.gcs.digitalskills.app.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A horizontal bar per area on a 0–100% track, with a line where each level starts and the percent and level
 * in words beside each bar; each bar carries a text alternative for screen readers.
 */
final class ScoreChart {
    private ScoreChart() {
    }

    static GridPane build(List<ResultsViewModel.AreaLine> lines, List<ResultsViewModel.Marker> markers) {
        GridPane grid = new GridPane();
        grid.setId("results-chart");
        grid.getStyleClass().add("score-chart");
        ColumnConstraints title = new ColumnConstraints();
        title.setPercentWidth(30);
        ColumnConstraints track = new ColumnConstraints();
        track.setPercentWidth(48);
        track.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(22);
        grid.getColumnConstraints().addAll(title, track, value);

        grid.add(new Track(null, markers, true), 1, 0);
        int row = 1;
        for (ResultsViewModel.AreaLine line : lines) {
            Label name = new Label(line.title());
            name.setWrapText(true);
            name.getStyleClass().add("chart-title");
            Track bar = new Track(line.percent().orElse(null), markers, false);
            bar.setId("bar-" + line.areaId());
            bar.setAccessibleRole(AccessibleRole.TEXT);
            bar.setAccessibleText(line.accessibleText());
            Label text = new Label(line.valueText());
            text.setId("bar-text-" + line.areaId());
            text.setWrapText(true);
            text.getStyleClass().add("chart-value");
            grid.addRow(row++, name, bar, text);
            GridPane.setValignment(name, VPos.CENTER);
            GridPane.setHalignment(text, HPos.LEFT);
        }
        return grid;
    }

    /** The track: grey 0–100%, a blue bar, and dark lines where the levels begin (with labels on the axis row). */
    static final class Track extends Pane {
        private final BigDecimal percent;
        private final Region bar = new Region();
        private final List<Region> lines = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();
        private final List<ResultsViewModel.Marker> markers;

        Track(BigDecimal percent, List<ResultsViewModel.Marker> markers, boolean axis) {
            this.percent = percent;
            this.markers = markers;
            getStyleClass().add(axis ? "chart-axis" : "chart-track");
            if (!axis) {
                bar.getStyleClass().add("chart-bar");
                getChildren().add(bar);
            }
            for (ResultsViewModel.Marker marker : markers) {
                if (axis) {
                    Label label = new Label(marker.minPercent().stripTrailingZeros().toPlainString() + "%");
                    label.getStyleClass().add("chart-axis-label");
                    labels.add(label);
                    getChildren().add(label);
                } else if (marker.minPercent().signum() > 0) {
                    Region line = new Region();
                    line.getStyleClass().add("chart-marker");
                    line.setUserData(marker.minPercent());
                    lines.add(line);
                    getChildren().add(line);
                }
            }
            setMinWidth(100);
        }

        @Override
        protected double computePrefHeight(double width) {
            return labels.isEmpty() ? 28 : labels.get(0).prefHeight(-1) + 4;
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            if (percent != null) {
                bar.resizeRelocate(0, 0, Math.max(2, w * percent.doubleValue() / 100), h);
            } else {
                bar.resizeRelocate(0, 0, 0, h);
            }
            for (Region line : lines) {
                double x = w * ((BigDecimal) line.getUserData()).doubleValue() / 100;
                line.resizeRelocate(Math.round(x) - 1, 0, 2, h);
            }
            for (int i = 0; i < labels.size(); i++) {
                Label label = labels.get(i);
                double x = w * markers.get(i).minPercent().doubleValue() / 100;
                double next = i + 1 < markers.size() ? w * markers.get(i + 1).minPercent().doubleValue() / 100 : w;
                double width = label.prefWidth(-1);
                label.resizeRelocate(Math.min(x + 3, w - width), 0, width, label.prefHeight(-1));
            }
        }
    }
}
