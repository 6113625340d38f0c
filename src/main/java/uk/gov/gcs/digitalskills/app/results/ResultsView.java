package uk.gov.gcs.digitalskills.app.results;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.geometry.VPos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.core.questionnaire.LearningResource;

/** The results page: panel with the overall, the chart, strengths and development areas, advice, learning. */
public final class ResultsView {
    /** Where other features add their buttons (export, objective). */
    public static final String ACTIONS_ID = "results-actions";

    private ResultsView() {
    }

    /** {@code exports} are placed beside the objective button (the PDF and result-file buttons). */
    public static Screen build(ResultsViewModel vm, Messages messages, Node exports) {
        return build(vm, messages, exports, null);
    }

    /** With {@code lastYear} ("Since last year", issue 13) under the completed line, when it is not null. */
    public static Screen build(ResultsViewModel vm, Messages messages, Node exports, Node lastYear) {
        Hyperlink back = Ui.backLink(vm.backText(), vm::back);
        back.setId("results-back");

        Label panelTitle = new Label(vm.heading());
        panelTitle.getStyleClass().add("panel-title");
        panelTitle.setWrapText(true);
        Label overall = new Label(vm.overallPercent());
        overall.setId("results-overall");
        overall.getStyleClass().add("panel-figure");
        Label level = new Label(vm.overallLevel().isEmpty() ? "" : messages.get("results.level", vm.overallLevel()));
        level.setId("results-overall-level");
        level.getStyleClass().add("panel-body");
        Label overallNote = new Label(vm.overallNote());
        overallNote.getStyleClass().add("panel-note");
        overallNote.setWrapText(true);
        VBox panel = new VBox(8, panelTitle, overall, level, overallNote);
        panel.getStyleClass().add("panel");
        panel.setAccessibleRole(AccessibleRole.TEXT);
        panel.setAccessibleText(vm.heading() + ". " + vm.overallAccessible());

        VBox page = Ui.page(back, panel);
        page.getStyleClass().add("wide");
        Label completed = Ui.body(vm.completedText());
        completed.setId("results-completed");
        page.getChildren().add(completed);
        if (lastYear != null) {
            page.getChildren().add(lastYear);
        }
        if (vm.incomplete()) {
            Label warning = Ui.body(messages.get("results.incomplete"));
            warning.getStyleClass().add("warning-text");
            page.getChildren().add(warning);
        }

        page.getChildren().addAll(Ui.heading(messages.get("results.byArea"), "m"),
                Ui.body(messages.get("results.chart.intro")), Ui.hint(vm.levelsLegend()),
                ScoreChart.build(vm.areas(), vm.markers()));

        page.getChildren().add(parts(vm, messages));

        VBox strengths = list("results-strengths", messages.get("results.strengths"), vm.strongest());
        if (vm.strongest().isEmpty()) {
            Label none = Ui.body(vm.noStrengthsText());
            none.setId("results-strengths-none");
            strengths.getChildren().add(none);
        }
        VBox develop = list("results-weakest", messages.get("results.develop"), vm.weakest());
        // Two equal columns: a long sentence in one (no strengths yet) must wrap, not squeeze the other.
        GridPane columns = new GridPane();
        columns.setHgap(30);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            columns.getColumnConstraints().add(half);
        }
        columns.addRow(0, strengths, develop);
        GridPane.setValignment(strengths, VPos.TOP);
        GridPane.setValignment(develop, VPos.TOP);
        page.getChildren().add(columns);

        VBox advice = new VBox(16);
        advice.setId("results-advice");
        for (ResultsViewModel.Advice item : vm.advice()) {
            Label title = Ui.heading(messages.get("results.advice.title", item.title(), item.level()), "s");
            advice.getChildren().add(new VBox(4, title, Ui.body(item.text())));
        }
        page.getChildren().addAll(Ui.heading(messages.get("results.advice"), "m"), advice);

        VBox learning = new VBox(16);
        learning.setId("results-learning");
        for (ResultsViewModel.Learning item : vm.learning()) {
            VBox area = new VBox(8, Ui.heading(item.areaTitle(), "s"));
            for (LearningResource resource : item.resources()) {
                Label title = new Label(resource.title());
                title.getStyleClass().add("bold");
                title.setWrapText(true);
                VBox entry = new VBox(2, title, Ui.body(resource.detail()));
                entry.getStyleClass().add(Ui.INSET);
                area.getChildren().add(entry);
            }
            learning.getChildren().add(area);
        }
        page.getChildren().addAll(Ui.heading(messages.get("results.learning"), "m"), learning);

        if (!vm.knowledgeReview().isEmpty()) {
            page.getChildren().add(review(vm, messages));
        }

        VBox actions = new VBox(20);
        actions.setId(ACTIONS_ID);
        if (!vm.objectiveSentence().isEmpty()) {
            Label sentence = Ui.body(vm.objectiveSentence());
            sentence.setId("results-objective");
            page.getChildren().add(new VBox(8,
                    Ui.heading(messages.get("results.objective.heading"), "m"), sentence));
        }
        Button objective = Ui.primary(vm.objectiveText(), vm::setObjective);
        objective.setId("results-set-objective");
        Hyperlink done = Ui.link(vm.backText(), vm::back);
        done.setId("results-done");
        Button response = Ui.secondary(vm.responseText(), vm::addResponse);
        response.setId("results-response");
        actions.getChildren().addAll(Ui.heading(messages.get("results.next"), "m"), objective, exports, response, done);
        page.getChildren().add(actions);
        return Screen.of("results-screen", page, back, vm::back);
    }

    /** The two parts of each area in a table, the overall parts, and the calibration in whole sentences. */
    private static VBox parts(ResultsViewModel vm, Messages messages) {
        VBox box = new VBox(12, Ui.heading(messages.get("results.parts.heading"), "m"),
                Ui.body(messages.get("results.parts.intro")));
        box.setId("results-parts");
        if (!vm.overallPartsText().isEmpty()) {
            Label overall = Ui.body(vm.overallPartsText());
            overall.setId("results-parts-overall");
            box.getChildren().add(overall);
        }
        GridPane table = new GridPane();
        table.setId("results-parts-table");
        table.getStyleClass().add("summary-list");
        for (int width : new int[] {28, 15, 19, 38}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(width);
            table.getColumnConstraints().add(c);
        }
        table.addRow(0, Ui.headerCell(messages.get("results.parts.area")), Ui.headerCell(messages.get("results.parts.self")),
                Ui.headerCell(messages.get("results.parts.knowledge")), Ui.headerCell(messages.get("results.parts.compare")));
        int r = 1;
        for (ResultsViewModel.PartsLine line : vm.parts()) {
            Label title = Ui.cell(line.title());
            Label compare = Ui.cell(line.comparison());
            compare.setId("results-compare-" + line.areaId());
            // The row's first cell reads the whole row, so a screen reader hears the figures with their area.
            title.setAccessibleText(messages.get("results.parts.row.accessible", line.title(), line.selfRating(),
                    line.knowledge(), line.sentence()));
            table.addRow(r++, title, Ui.cell(line.selfRating()), Ui.cell(line.knowledge()), compare);
        }
        box.getChildren().add(table);
        VBox sentences = new VBox(6);
        sentences.setId("results-calibration");
        for (String sentence : vm.calibrationSentences()) {
            Label label = Ui.body(sentence);
            label.getStyleClass().add("bullet");
            sentences.getChildren().add(label);
        }
        box.getChildren().add(sentences);
        return box;
    }

    /**
     * "Check your knowledge answers": per area, each item with your answer, the best answer and why. Each area
     * opens and closes with a link (like a GOV.UK details component), closed at first, so that a long review
     * does not bury the next steps below it.
     */
    private static VBox review(ResultsViewModel vm, Messages messages) {
        VBox box = new VBox(12, Ui.heading(messages.get("results.review.heading"), "m"),
                Ui.body(messages.get("results.review.intro")));
        box.setId("results-review");
        for (KnowledgeReview.AreaItems area : vm.knowledgeReview()) {
            VBox items = new VBox(14);
            items.setId("review-area-" + area.areaId());
            for (KnowledgeReview.Item item : area.items()) {
                items.getChildren().add(reviewItem(item, messages));
            }
            items.setVisible(false);
            items.managedProperty().bind(items.visibleProperty());
            String show = messages.get("results.review.show", area.title(), area.items().size());
            String hide = messages.get("results.review.hide", area.title());
            Hyperlink toggle = new Hyperlink(show);
            toggle.setId("review-toggle-" + area.areaId());
            toggle.setWrapText(true);
            toggle.setOnAction(e -> {
                toggle.setVisited(false);
                items.setVisible(!items.isVisible());
                toggle.setText(items.isVisible() ? hide : show);
            });
            box.getChildren().add(new VBox(8, toggle, items));
        }
        return box;
    }

    private static VBox reviewItem(KnowledgeReview.Item item, Messages messages) {
        Label question = new Label(item.question());
        question.getStyleClass().add("bold");
        question.setWrapText(true);
        VBox entry = new VBox(6, question, answers(messages.get("results.review.yours"), item.yourAnswer()),
                Ui.body(item.outcome()));
        if (!item.best()) {
            entry.getChildren().add(answers(messages.get("results.review.best"), item.bestAnswer()));
        }
        item.explanation().ifPresent(why -> entry.getChildren().add(answers(
                messages.get("results.review.why"), java.util.List.of(why))));
        entry.setId("review-" + item.questionId());
        entry.getStyleClass().add(Ui.INSET);
        return entry;
    }

    /** A bold label, such as "Best answer", over one line per option. */
    private static VBox answers(String heading, java.util.List<String> lines) {
        Label title = new Label(heading);
        title.getStyleClass().add("bold");
        VBox box = new VBox(2, title);
        for (String line : lines) {
            Label label = Ui.body(line);
            label.getStyleClass().add("bullet");
            box.getChildren().add(label);
        }
        return box;
    }

    private static VBox list(String id, String heading, java.util.List<ResultsViewModel.AreaLine> lines) {
        VBox box = new VBox(8, Ui.heading(heading, "m"));
        box.setId(id);
        for (ResultsViewModel.AreaLine line : lines) {
            Label label = Ui.body(line.listText());
            label.getStyleClass().add("bullet");
            box.getChildren().add(label);
        }
        return box;
    }
}
