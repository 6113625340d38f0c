package uk.gov.gcs.digitalskills.app.start;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * The "Your objective this year" card on Start: the objective, its figures, progress in words and as a bar
 * (the words say everything the bar does), the reviews so far and the manager's response, and the actions.
 */
public final class ObjectiveCardView {
    public static final String ID = "start-objective";

    private ObjectiveCardView() {
    }

    public static Node build(ObjectiveCardViewModel vm, Messages messages) {
        VBox card = new VBox(12);
        card.setId(ID);
        card.getStyleClass().add("objective-card");
        card.visibleProperty().bind(vm.cardProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        vm.cardProperty().addListener((o, was, now) -> {
            card.getChildren().clear();
            if (now != null) {
                fill(card, now, vm, messages);
            }
        });
        if (vm.cardProperty().get() != null) {
            fill(card, vm.cardProperty().get(), vm, messages);
        }
        return card;
    }

    private static void fill(VBox card, ObjectiveCardViewModel.Card c, ObjectiveCardViewModel vm, Messages messages) {
        Label objective = Ui.body(c.objective());
        objective.setId("start-objective-text");
        objective.getStyleClass().add("bold");
        Label figures = Ui.body(c.figures());
        figures.setId("start-objective-figures");
        Label progressText = Ui.body(c.progressText());
        progressText.setId("start-objective-progress");
        card.getChildren().addAll(Ui.heading(messages.get("start.objective.heading"), "m"), objective, figures,
                progressText);
        c.progress().ifPresent(done -> {
            ProgressBar bar = new ProgressBar(done);
            bar.setId("start-objective-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            // The bar is labelled by the words above it, so it is never colour (or length) alone.
            bar.setAccessibleText(c.progressText());
            card.getChildren().add(bar);
        });
        VBox reviews = new VBox(4);
        reviews.setId("start-objective-reviews");
        for (String line : c.reviews()) {
            Label label = Ui.body(line);
            label.getStyleClass().add("bullet");
            reviews.getChildren().add(label);
        }
        Label manager = Ui.body(c.managerText());
        manager.setId("start-objective-manager");
        reviews.getChildren().add(manager);
        card.getChildren().add(reviews);

        Button midYear = Ui.secondary(c.midYearAction(), vm::midYear);
        midYear.setId("start-objective-mid-year");
        Button yearEnd = Ui.secondary(c.yearEndAction(), vm::yearEnd);
        yearEnd.setId("start-objective-year-end");
        Button response = Ui.secondary(c.responseAction(), vm::managerResponse);
        response.setId("start-objective-response");
        FlowPane actions = new FlowPane(16, 12, midYear, yearEnd, response);
        card.getChildren().add(actions);
    }
}
