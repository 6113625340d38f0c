package uk.gov.gcs.digitalskills.app.objective;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;

/** "Suggested for you": why these, and one card per suggested template with "Use this objective". */
final class SuggestionCards {
    private SuggestionCards() {
    }

    /** {@code chosen} runs after a card's template is selected (the view moves focus to the form). */
    static Node build(ObjectiveBuilderViewModel vm, Messages messages, Runnable chosen) {
        VBox section = new VBox(12, Ui.heading(messages.get("objective.suggestions.heading"), "m"));
        if (vm.suggestions().isEmpty()) {
            Label none = Ui.body(messages.get("objective.suggestions.none"));
            none.setId("objective-no-suggestions");
            section.getChildren().add(none);
            return section;
        }
        Label reason = Ui.body(vm.suggestionReason());
        reason.setId("objective-reason");
        reason.getStyleClass().add("bold");
        HBox cards = new HBox(16);
        cards.setFillHeight(true);
        for (int i = 0; i < vm.suggestions().size(); i++) {
            Node card = card(vm, messages, vm.suggestions().get(i), i, chosen);
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
        }
        section.getChildren().addAll(reason, cards);
        return section;
    }

    private static Node card(ObjectiveBuilderViewModel vm, Messages messages, TemplateChoice choice, int index,
                             Runnable chosen) {
        VBox card = new VBox(10);
        card.setId("objective-suggestion-" + index);
        card.getStyleClass().add("objective-card");
        card.setPrefWidth(0);
        card.setMaxWidth(420);
        Label title = Ui.heading(choice.title(), "s");
        title.setMinHeight(Region.USE_PREF_SIZE);
        card.getChildren().add(title);
        if (choice.forRole()) {
            card.getChildren().add(Ui.tag(messages.get("objective.card.forRole"), "blue"));
        }
        Label example = Ui.hint(choice.exampleText());
        example.setMinHeight(Region.USE_PREF_SIZE);
        example.getStyleClass().add("objective-card-example");
        Button use = Ui.secondary(messages.get("objective.card.use"), () -> {
            vm.selectTemplate(choice.templateId());
            chosen.run();
        });
        use.setId("objective-suggestion-" + index + "-use");
        use.setAccessibleText(messages.get("objective.card.use.accessible", choice.title()));
        // The button's words are never cut short; "Selected" is laid out only on the chosen card.
        use.setMinWidth(Region.USE_PREF_SIZE);
        Label selected = new Label(messages.get("objective.card.selected"));
        selected.getStyleClass().add("objective-selected");
        HBox actions = new HBox(12, use, selected);
        actions.setAlignment(Pos.CENTER_LEFT);
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        card.getChildren().addAll(example, push, actions);
        Runnable mark = () -> {
            ObjectiveTemplate t = vm.templateProperty().get();
            boolean isSelected = t != null && t.id().equals(choice.templateId());
            selected.setVisible(isSelected);
            selected.setManaged(isSelected);
            card.getStyleClass().remove("selected");
            if (isSelected) {
                card.getStyleClass().add("selected");
            }
        };
        vm.templateProperty().addListener((obs, old, now) -> mark.run());
        mark.run();
        return card;
    }
}
