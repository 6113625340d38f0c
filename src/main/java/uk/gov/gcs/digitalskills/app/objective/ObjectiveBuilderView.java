package uk.gov.gcs.digitalskills.app.objective;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * The objective builder screen, built in code and bound to {@link ObjectiveBuilderViewModel}: suggestion
 * cards ({@link SuggestionCards}), "see all templates" ({@link TemplateList}), the form for the chosen template
 * ({@link ObjectiveForm}) beside the preview and SMART check ({@link SmartPanel}), and the sentence to edit and
 * save ({@link SentenceEditor}). The screen scrolls in the {@code Navigator}'s scroll pane like every other.
 */
public final class ObjectiveBuilderView {
    private final ObjectiveBuilderViewModel vm;
    private final Messages messages;
    private final Consumer<Node> reveal;
    private final ObjectiveForm form;
    private final VBox errorSummary = new VBox(8);
    private final VBox errorLinks = new VBox(4);

    private ObjectiveBuilderView(ObjectiveBuilderViewModel vm, Messages messages, Consumer<Node> reveal) {
        this.vm = vm;
        this.messages = messages;
        this.reveal = reveal;
        this.form = new ObjectiveForm(vm, messages);
    }

    /**
     * @param back   what the back link (and Alt+Left) does: back to the results
     * @param reveal scrolls the screen so a node is in view ({@code Navigator::reveal}); used when focus moves
     *               by program, which the navigator's own focus-follow leaves alone (it follows keyboard focus)
     */
    public static Screen build(ObjectiveBuilderViewModel vm, Messages messages, Runnable back,
                               Consumer<Node> reveal) {
        return new ObjectiveBuilderView(vm, messages, reveal).screen(back);
    }

    private Screen screen(Runnable back) {
        Hyperlink backLink = Ui.backLink(messages.get("objective.back"), back);
        backLink.setId("objective-back");
        Label heading = Ui.heading(messages.get("objective.heading"), "l");
        heading.setId("objective-heading");
        Label intro = Ui.body(messages.get("objective.intro"));
        intro.getStyleClass().add("lead");
        VBox page = Ui.page(backLink, new VBox(12, heading, intro), errorSummary(),
                SuggestionCards.build(vm, messages, this::focusFirstField),
                TemplateList.build(vm, messages, this::focusFirstField), builder());
        page.getStyleClass().addAll("wide", "objective-builder");
        page.setSpacing(28);
        return Screen.of("objective-screen", page, backLink, back);
    }

    private Node errorSummary() {
        errorSummary.setId("objective-errors");
        errorSummary.getStyleClass().add("error-summary");
        Runnable refresh = () -> {
            errorLinks.getChildren().clear();
            boolean notSmart = vm.errors().stream().anyMatch(e -> e.fieldId().isPresent())
                    || vm.templateProperty().get() != null;
            if (notSmart && !vm.errors().isEmpty()) {
                errorLinks.getChildren().add(Ui.body(messages.get("objective.errors.notSmart")));
            }
            for (ErrorItem item : vm.errors()) {
                Hyperlink link = Ui.link(item.text(), () -> item.fieldId().ifPresent(this::focusField));
                link.setWrapText(true);
                link.getStyleClass().add("error-link");
                errorLinks.getChildren().add(link);
            }
            boolean show = !vm.errors().isEmpty();
            errorSummary.setVisible(show);
            errorSummary.setManaged(show);
        };
        vm.errors().addListener((ListChangeListener<ErrorItem>) c -> refresh.run());
        refresh.run();
        errorSummary.getChildren().addAll(Ui.heading(messages.get("objective.errors.heading"), "m"), errorLinks);
        return errorSummary;
    }

    private Node builder() {
        Label template = Ui.body("");
        template.setId("objective-template-title");
        template.textProperty().bind(Bindings.createStringBinding(() -> vm.templateProperty().get() == null ? ""
                : messages.get("objective.form.template", vm.templateProperty().get().title()), vm.templateProperty()));
        Button example = Ui.secondary(messages.get("objective.form.example"), vm::useExample);
        example.setId("objective-example");
        example.setAccessibleHelp(messages.get("objective.form.example.hint"));
        Label exampleHint = Ui.hint(messages.get("objective.form.example.hint"));

        Node fields = form.node();
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox columns = new HBox(32, fields, SmartPanel.build(vm, messages));

        VBox section = new VBox(20, Ui.heading(messages.get("objective.form.heading"), "m"), template,
                new VBox(6, example, exampleHint), columns, SentenceEditor.build(vm, messages, this::showErrors));
        section.setId("objective-form-section");
        section.visibleProperty().bind(vm.templateProperty().isNotNull());
        section.managedProperty().bind(vm.templateProperty().isNotNull());
        return section;
    }

    /** As on GOV.UK: after a failed save, go to the error summary, whose links lead to each field. */
    private void showErrors() {
        errorLinks.getChildren().stream().filter(n -> n instanceof Hyperlink).findFirst()
                .ifPresent(link -> focus(link, errorSummary));
    }

    private void focusFirstField() {
        if (!vm.fields().isEmpty()) {
            focusField(vm.fields().get(0).id());
        }
    }

    private void focusField(String fieldId) {
        form.control(fieldId).ifPresent(control -> focus(control, control));
    }

    /**
     * Gives {@code target} focus and scrolls {@code area} into view. The scroll waits for the next pulse's
     * layout: a just-chosen template's form has no position on the page until then.
     */
    private void focus(Node target, Node area) {
        target.requestFocus();
        Platform.runLater(() -> {
            if (area.getScene() != null) {
                area.getScene().getRoot().applyCss();
                area.getScene().getRoot().layout();
                reveal.accept(area);
            }
        });
    }
}
