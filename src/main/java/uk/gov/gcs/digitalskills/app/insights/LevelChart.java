package uk.gov.gcs.digitalskills.app.insights;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.LevelBar;
import uk.gov.gcs.digitalskills.app.insights.FiguresPresenter.Segment;

/**
 * The levels chart: a legend, then per area its title and a bar split into the share of people at each level.
 * Each level has its own colour ({@code level-fill-N} in app.css, the same class on its legend swatch) and every
 * segment names its level and share; a segment too narrow for its words has them beside it, under the bar.
 * Levels that are suppressed are not drawn, and a note under the bar says so. The table after the chart
 * ({@link FiguresSection}) holds the same figures for screen readers and for anyone who prefers a table.
 */
final class LevelChart {
    /** How many colours app.css defines; a questionnaire with more levels reuses them in order. */
    static final int COLOURS = 4;

    private LevelChart() {
    }

    static VBox build(InsightsViewModel vm, Messages messages) {
        FlowPane legend = new FlowPane(18, 6);
        legend.setId("insights-chart-legend");
        VBox rows = new VBox(12);
        VBox chart = new VBox(14, legend, rows);
        chart.setId("insights-chart");
        chart.getStyleClass().add("level-chart");
        chart.setFocusTraversable(true);
        chart.setAccessibleRole(AccessibleRole.TEXT);
        chart.accessibleTextProperty().bind(vm.chartDescriptionProperty());
        Runnable fill = () -> {
            legend.getChildren().clear();
            for (int i = 0; i < vm.levelLabels().size(); i++) {
                Region swatch = new Region();
                swatch.getStyleClass().addAll("level-swatch", fillClass(i));
                Label name = new Label(vm.levelLabels().get(i), swatch);
                name.getStyleClass().add("legend-label");
                legend.getChildren().add(name);
            }
            rows.getChildren().clear();
            for (LevelBar bar : vm.levelBars()) {
                rows.getChildren().add(row(bar));
            }
        };
        vm.levelBars().addListener((ListChangeListener<LevelBar>) c -> fill.run());
        fill.run();
        return chart;
    }

    static String fillClass(int level) {
        return "level-fill-" + level % COLOURS;
    }

    private static VBox row(LevelBar bar) {
        Label title = new Label(bar.areaTitle());
        title.getStyleClass().add("level-area");
        title.setWrapText(true);
        Bar drawn = new Bar(bar.segments());
        VBox row = new VBox(4, title, drawn);
        if (!bar.note().isEmpty()) {
            Label note = Ui.hint(bar.note());
            note.getStyleClass().add("level-note");
            row.getChildren().add(note);
        }
        row.getStyleClass().add("level-row");
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(bar.description());
        return row;
    }

    /**
     * One area's bar. Lays its segments out by share and puts each label inside its segment when it fits, else
     * in a line under the bar starting at the segment, moved right only as far as needed not to overlap.
     */
    static final class Bar extends Region {
        private final List<Region> segments = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();
        private final List<Segment> shares;
        private final Region track = new Region();

        Bar(List<Segment> shares) {
            this.shares = List.copyOf(shares);
            track.getStyleClass().add("level-track");
            getChildren().add(track);
            for (Segment share : shares) {
                Region segment = new Region();
                segment.getStyleClass().addAll("level-segment", fillClass(share.levelIndex()));
                segment.setAccessibleText(share.text());
                Label label = new Label(share.text());
                label.getStyleClass().add("segment-label");
                label.setMinWidth(Region.USE_PREF_SIZE);
                segments.add(segment);
                labels.add(label);
            }
            getChildren().addAll(segments);
            getChildren().addAll(labels);
            getStyleClass().add("level-bar");
        }

        private double barHeight() {
            return Math.ceil(labels.isEmpty() ? 24 : labels.get(0).prefHeight(-1) + 10);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computePrefWidth(double height) {
            return 400;
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
            boolean callouts = false;
            for (int i = 0; i < shares.size(); i++) {
                callouts |= !fits(i, w);
            }
            return barHeight() + (callouts ? labels.get(0).prefHeight(-1) + 4 : 0);
        }

        private boolean fits(int i, double width) {
            return labels.get(i).prefWidth(-1) + 10 <= width * shares.get(i).percent() / 100.0;
        }

        /** Whether segment {@code i}'s label sits inside its segment (for tests). */
        boolean labelInside(int i) {
            return labels.get(i).getStyleClass().contains("inside");
        }

        List<Region> segments() {
            return segments;
        }

        List<Label> labels() {
            return labels;
        }

        /** Changes the label's classes only when its place changes: every change means another CSS pass. */
        private static void place(Label label, boolean inside, String ink) {
            List<String> wanted = inside ? List.of("inside", ink) : List.of("beside");
            List<String> unwanted = inside ? List.of("beside") : List.of("inside", ink);
            if (!label.getStyleClass().containsAll(wanted) || unwanted.stream().anyMatch(label.getStyleClass()::contains)) {
                label.getStyleClass().removeAll(unwanted);
                wanted.stream().filter(c -> !label.getStyleClass().contains(c)).forEach(label.getStyleClass()::add);
            }
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double bar = barHeight();
            track.resizeRelocate(0, 0, width, bar);
            double x = 0;
            double calloutEnd = 0;
            for (int i = 0; i < shares.size(); i++) {
                double w = Math.min(width - x, width * shares.get(i).percent() / 100.0);
                Region segment = segments.get(i);
                segment.resizeRelocate(snapPositionX(x), 0, snapSizeX(Math.max(0, w)), bar);
                Label label = labels.get(i);
                double lw = label.prefWidth(-1);
                double lh = label.prefHeight(-1);
                boolean inside = fits(i, width);
                place(label, inside, "level-ink-" + shares.get(i).levelIndex() % COLOURS);
                if (inside) {
                    label.resizeRelocate(snapPositionX(x + 5), snapPositionY((bar - lh) / 2), lw, lh);
                } else {
                    double at = Math.min(Math.max(x, calloutEnd), Math.max(0, width - lw));
                    label.resizeRelocate(snapPositionX(at), bar + 4, lw, lh);
                    calloutEnd = at + lw + 12;
                }
                x += w;
            }
        }
    }

}
