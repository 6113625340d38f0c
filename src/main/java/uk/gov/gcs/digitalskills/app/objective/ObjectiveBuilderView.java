package uk.gov.gcs.digitalskills.app.objective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.objective.FieldKind;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveFields;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;

/**
 * The objective builder screen, built in code and bound to {@link ObjectiveBuilderViewModel}: suggestion
 * cards, "see all templates", the form for the chosen template beside the preview and SMART check, and the
 * sentence to edit and save. Self-contained: put {@link #root()} where the journey wants it.
 */
public final class ObjectiveBuilderView {
    private static final String ERROR = "objective-has-error";

    private final ObjectiveBuilderViewModel vm;
    private final Messages messages;
    private final ScrollPane root;
    private final VBox page;
    private final VBox form = new VBox(24);
    private final VBox errorLinks = new VBox(4);
    private final Map<String, Control> controls = new HashMap<>();
    private final List<Runnable> unbind = new ArrayList<>();

    public ObjectiveBuilderView(ObjectiveBuilderViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        page = new VBox(28);
        page.getStyleClass().add("objective-builder");
        page.setPadding(new Insets(32));
        page.setMaxWidth(1240);
        page.getChildren().addAll(header(), errorSummary(), suggestions(), allTemplates(), builder());
        root = new ScrollPane(page);
        root.setId("objective-builder");
        root.setFitToWidth(true);
        root.getStyleClass().add("objective-scroll");
        vm.templateProperty().addListener((obs, old, now) -> buildForm(now));
        buildForm(vm.templateProperty().get());
        // Keyboard users tab through a long page: keep whatever has focus in view.
        ChangeListener<Node> followFocus = (obs, old, now) -> {
            if (now != null && isInPage(now)) {
                ensureVisible(now);
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(followFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(followFocus);
            }
        });
    }

    private boolean isInPage(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls as little as possible so the node is in view, with a margin. */
    private void ensureVisible(Node node) {
        double extra = page.getHeight() - root.getViewportBounds().getHeight();
        if (extra <= 0) {
            return;
        }
        Bounds b = page.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = root.getViewportBounds().getHeight();
        double top = root.getVvalue() * extra;
        double margin = 40;
        if (b.getMinY() - margin < top) {
            top = b.getMinY() - margin;
        } else if (b.getMaxY() + margin > top + viewport) {
            top = Math.min(b.getMinY() - margin, b.getMaxY() + margin - viewport);
        } else {
            return;
        }
        root.setVvalue(Math.max(0, Math.min(1, top / extra)));
    }

    /** The whole screen (a scroll pane). */
    public Parent root() {
        return root;
    }

    /** The page inside the scroll pane: what a full-length screenshot should capture. */
    public Region page() {
        return page;
    }

    // ---- header and error summary ----

    private Node header() {
        Label heading = heading(messages.get("objective.heading"), "objective-h1");
        heading.setId("objective-heading");
        Label intro = wrapped(messages.get("objective.intro"));
        intro.getStyleClass().add("objective-lead");
        return new VBox(12, heading, intro);
    }

    private Node errorSummary() {
        VBox box = new VBox(8);
        box.setId("objective-errors");
        box.getStyleClass().add("objective-error-summary");
        Label heading = heading(messages.get("objective.errors.heading"), "objective-h2");
        VBox list = errorLinks;
        Runnable refresh = () -> {
            list.getChildren().clear();
            boolean notSmart = vm.errors().stream().anyMatch(e -> e.fieldId().isPresent())
                    || vm.templateProperty().get() != null;
            if (notSmart && !vm.errors().isEmpty()) {
                list.getChildren().add(wrapped(messages.get("objective.errors.notSmart")));
            }
            for (ErrorItem item : vm.errors()) {
                Hyperlink link = new Hyperlink(item.text());
                link.setWrapText(true);
                link.getStyleClass().add("objective-error-link");
                link.setOnAction(e -> item.fieldId().ifPresent(this::focusField));
                list.getChildren().add(link);
            }
            boolean show = !vm.errors().isEmpty();
            box.setVisible(show);
            box.setManaged(show);
        };
        vm.errors().addListener((ListChangeListener<ErrorItem>) c -> refresh.run());
        refresh.run();
        box.getChildren().addAll(heading, list);
        return box;
    }

    private void focusField(String fieldId) {
        Control control = controls.get(fieldId);
        if (control == null && fieldId.equals(ObjectiveFields.TARGET_REASON)) {
            control = controls.get(ObjectiveFields.TARGET);
        }
        if (control != null) {
            control.requestFocus();
            ensureVisible(control);
        }
    }

    // ---- suggestions ----

    private Node suggestions() {
        VBox section = new VBox(12);
        section.getChildren().add(heading(messages.get("objective.suggestions.heading"), "objective-h2"));
        if (vm.suggestions().isEmpty()) {
            Label none = wrapped(messages.get("objective.suggestions.none"));
            none.setId("objective-no-suggestions");
            section.getChildren().add(none);
            return section;
        }
        Label reason = wrapped(vm.suggestionReason());
        reason.setId("objective-reason");
        reason.getStyleClass().add("objective-reason");
        HBox cards = new HBox(16);
        cards.setFillHeight(true);
        for (int i = 0; i < vm.suggestions().size(); i++) {
            Node card = card(vm.suggestions().get(i), i);
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
        }
        section.getChildren().addAll(reason, cards);
        return section;
    }

    private Node card(TemplateChoice choice, int index) {
        VBox card = new VBox(10);
        card.setId("objective-suggestion-" + index);
        card.getStyleClass().add("objective-card");
        card.setPrefWidth(0);
        card.setMaxWidth(420);
        Label title = wrapped(choice.title());
        title.getStyleClass().add("objective-card-title");
        card.getChildren().add(title);
        if (choice.forRole()) {
            Label tag = new Label(messages.get("objective.card.forRole"));
            tag.getStyleClass().add("objective-tag");
            card.getChildren().add(tag);
        }
        Label example = wrapped(choice.exampleText());
        example.getStyleClass().add("objective-card-example");
        Button use = new Button(messages.get("objective.card.use"));
        use.setId("objective-suggestion-" + index + "-use");
        use.getStyleClass().add("objective-secondary-button");
        use.setAccessibleText(messages.get("objective.card.use.accessible", choice.title()));
        use.setOnAction(e -> {
            vm.selectTemplate(choice.templateId());
            focusFirstField();
        });
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
            if (isSelected) {
                card.getStyleClass().add("selected");
            } else {
                card.getStyleClass().remove("selected");
            }
        };
        vm.templateProperty().addListener((obs, old, now) -> mark.run());
        mark.run();
        return card;
    }

    // ---- see all templates ----

    private Node allTemplates() {
        Hyperlink toggle = new Hyperlink();
        toggle.setId("objective-show-all");
        toggle.textProperty().bind(Bindings.when(vm.showAllTemplatesProperty())
                .then(messages.get("objective.all.hide")).otherwise(messages.get("objective.all.show")));
        toggle.setOnAction(e -> vm.showAllTemplatesProperty().set(!vm.showAllTemplatesProperty().get()));

        ComboBox<AreaFilter> area = new ComboBox<>();
        area.setId("objective-area-filter");
        area.getItems().setAll(vm.areaFilters());
        area.valueProperty().bindBidirectional(vm.areaFilterProperty());
        Label areaLabel = new Label(messages.get("objective.all.area"));
        areaLabel.setLabelFor(area);
        HBox filter = new HBox(12, areaLabel, area);
        filter.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("objective-all-count");
        count.getStyleClass().add("objective-secondary");
        VBox list = new VBox(0);
        list.setId("objective-all-list");
        Runnable refresh = () -> {
            list.getChildren().clear();
            count.setText(messages.get("objective.all.count", vm.filteredTemplates().size()));
            for (int i = 0; i < vm.filteredTemplates().size(); i++) {
                list.getChildren().add(templateRow(vm.filteredTemplates().get(i), i));
            }
        };
        vm.filteredTemplates().addListener((ListChangeListener<TemplateChoice>) c -> refresh.run());
        refresh.run();
        VBox body = new VBox(12, filter, count, list);
        body.getStyleClass().add("objective-all");
        body.visibleProperty().bind(vm.showAllTemplatesProperty());
        body.managedProperty().bind(vm.showAllTemplatesProperty());
        return new VBox(8, toggle, body);
    }

    private Node templateRow(TemplateChoice choice, int index) {
        Label title = wrapped(choice.title());
        title.getStyleClass().add("objective-card-title");
        Label area = new Label(choice.areaTitle() + (choice.forRole() ? " \u00b7 " + messages.get("objective.card.forRole") : ""));
        area.getStyleClass().add("objective-secondary");
        VBox text = new VBox(2, title, area);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button use = new Button(messages.get("objective.all.use"));
        use.setId("objective-all-" + index + "-use");
        use.getStyleClass().add("objective-secondary-button");
        use.setAccessibleText(messages.get("objective.all.use.accessible", choice.title()));
        use.setOnAction(e -> {
            vm.selectTemplate(choice.templateId());
            focusFirstField();
        });
        HBox row = new HBox(16, text, use);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("objective-template-row");
        return row;
    }

    // ---- the builder: form, preview, SMART check, sentence ----

    private Node builder() {
        VBox section = new VBox(20);
        section.setId("objective-form-section");
        Label heading = heading(messages.get("objective.form.heading"), "objective-h2");
        Label template = new Label();
        template.setId("objective-template-title");
        template.setWrapText(true);
        template.textProperty().bind(Bindings.createStringBinding(() -> vm.templateProperty().get() == null ? ""
                : messages.get("objective.form.template", vm.templateProperty().get().title()), vm.templateProperty()));
        Button example = new Button(messages.get("objective.form.example"));
        example.setId("objective-example");
        example.getStyleClass().add("objective-secondary-button");
        example.setAccessibleHelp(messages.get("objective.form.example.hint"));
        example.setOnAction(e -> vm.useExample());
        Label exampleHint = wrapped(messages.get("objective.form.example.hint"));
        exampleHint.getStyleClass().add("objective-hint");

        form.setId("objective-form");
        HBox.setHgrow(form, Priority.ALWAYS);
        form.setMinWidth(420);
        VBox side = new VBox(20, preview(), smartPanel());
        side.setPrefWidth(420);
        side.setMinWidth(360);
        side.setMaxWidth(440);
        HBox columns = new HBox(32, form, side);

        section.getChildren().addAll(heading, template, new VBox(6, example, exampleHint), columns, sentence());
        section.visibleProperty().bind(vm.templateProperty().isNotNull());
        section.managedProperty().bind(vm.templateProperty().isNotNull());
        return section;
    }

    private Node preview() {
        Label heading = new Label(messages.get("objective.preview.heading"));
        heading.getStyleClass().add("objective-h3");
        Label text = wrapped("");
        text.setId("objective-preview");
        text.textProperty().bind(vm.previewProperty());
        text.setFocusTraversable(true);
        text.accessibleTextProperty().bind(Bindings.concat(messages.get("objective.preview.heading"), ": ",
                vm.previewProperty()));
        VBox box = new VBox(8, heading, text);
        box.getStyleClass().add("objective-preview");
        return box;
    }

    private Node smartPanel() {
        VBox panel = new VBox(12);
        panel.setId("objective-smart");
        panel.getStyleClass().add("objective-smart");
        Label heading = new Label(messages.get("objective.smart.heading"));
        heading.getStyleClass().add("objective-h3");
        panel.getChildren().add(heading);
        for (SmartRow row : vm.smartRows()) {
            Label mark = new Label();
            mark.getStyleClass().add("objective-smart-mark");
            mark.textProperty().bind(Bindings.when(row.passedProperty())
                    .then(messages.get("objective.smart.pass.mark")).otherwise(messages.get("objective.smart.fail.mark")));
            mark.setMinWidth(Region.USE_PREF_SIZE);
            Label name = wrapped("");
            name.getStyleClass().add("objective-smart-name");
            name.textProperty().bind(Bindings.concat(row.name(), " \u2014 ", row.statusProperty()));
            Label detail = wrapped("");
            detail.getStyleClass().add("objective-smart-detail");
            detail.textProperty().bind(row.detailProperty());
            VBox words = new VBox(2, name, detail);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox line = new HBox(10, mark, words);
            line.setId("objective-smart-" + row.letter().name());
            line.getStyleClass().add("objective-smart-row");
            line.setFocusTraversable(true);
            line.setAccessibleRole(AccessibleRole.TEXT);
            line.accessibleTextProperty().bind(row.accessibleTextProperty());
            ChangeListener<Boolean> style = (obs, old, pass) -> {
                line.getStyleClass().removeAll("pass", "fail");
                line.getStyleClass().add(pass ? "pass" : "fail");
            };
            row.passedProperty().addListener(style);
            style.changed(null, null, row.passedProperty().get());
            panel.getChildren().add(line);
        }
        return panel;
    }

    private Node sentence() {
        Label heading = heading(messages.get("objective.sentence.heading"), "objective-h2");
        Label hint = wrapped(messages.get("objective.sentence.hint"));
        hint.getStyleClass().add("objective-hint");
        TextArea area = new TextArea();
        area.setId("objective-sentence");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.textProperty().bindBidirectional(vm.sentenceProperty());
        area.setAccessibleHelp(messages.get("objective.sentence.hint"));
        keepTabForFocus(area);
        heading.setLabelFor(area);
        Label edited = wrapped(messages.get("objective.sentence.edited"));
        edited.setId("objective-sentence-edited");
        Button reset = new Button(messages.get("objective.sentence.reset"));
        reset.setId("objective-sentence-reset");
        reset.getStyleClass().add("objective-secondary-button");
        reset.setOnAction(e -> vm.resetSentence());
        HBox editedRow = new HBox(16, edited, reset);
        editedRow.setAlignment(Pos.CENTER_LEFT);
        editedRow.visibleProperty().bind(vm.sentenceEditedProperty());
        editedRow.managedProperty().bind(vm.sentenceEditedProperty());

        Button save = new Button(messages.get("objective.save"));
        save.setId("objective-save");
        save.getStyleClass().add("objective-primary-button");
        save.setDefaultButton(false);
        save.setOnAction(e -> {
            if (!vm.save()) {
                // As on GOV.UK: move to the error summary, whose links lead to each field.
                root.setVvalue(0);
                errorLinks.getChildren().stream().filter(n -> n instanceof Hyperlink).findFirst()
                        .ifPresent(Node::requestFocus);
            }
        });
        Label status = new Label();
        status.setId("objective-status");
        status.getStyleClass().add("objective-status");
        status.textProperty().bind(vm.statusProperty());
        status.setAccessibleRole(AccessibleRole.TEXT);
        HBox actions = new HBox(20, save, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(12, heading, hint, area, editedRow, actions);
    }

    private void focusFirstField() {
        if (!vm.fields().isEmpty()) {
            focusField(vm.fields().get(0).id());
        }
    }

    private void buildForm(ObjectiveTemplate template) {
        unbind.forEach(Runnable::run);
        unbind.clear();
        controls.clear();
        form.getChildren().clear();
        if (template == null) {
            return;
        }
        for (FieldModel field : vm.fields()) {
            form.getChildren().add(fieldBlock(field));
        }
    }

    private Node fieldBlock(FieldModel field) {
        Label label = new Label(field.label());
        label.getStyleClass().add("objective-label");
        label.setWrapText(true);
        Label hint = wrapped(field.hint() + " " + field.exampleText());
        hint.getStyleClass().add("objective-hint");
        Label message = errorMessage(field.messageProperty());
        message.setId("objective-message-" + field.id());
        Node input = input(field);
        Control control = controls.get(field.id());
        label.setLabelFor(control);
        control.setAccessibleHelp(field.hint());
        VBox block = new VBox(6, label, hint, message, input);
        block.getStyleClass().add("objective-field");
        toggleError(block, field.messageProperty().get());
        ChangeListener<String> errorStyle = (obs, old, now) -> toggleError(block, now);
        field.messageProperty().addListener(errorStyle);
        unbind.add(() -> field.messageProperty().removeListener(errorStyle));
        if (field.id().equals(ObjectiveFields.BASELINE)) {
            block.getChildren().add(noBaseline());
            control.disableProperty().bind(vm.noBaselineYetProperty());
            unbind.add(() -> control.disableProperty().unbind());
        }
        if (field.id().equals(ObjectiveFields.TARGET)) {
            block.getChildren().add(targetConfirmation());
        }
        return block;
    }

    private Node input(FieldModel field) {
        switch (field.kind()) {
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(field.options());
                box.valueProperty().bindBidirectional(field.valueProperty());
                unbind.add(() -> box.valueProperty().unbindBidirectional(field.valueProperty()));
                return register(field.id(), box);
            }
            case DATE -> {
                Node box = dateInput(field.id(), field.label(), field.valueProperty());
                controls.put(field.id(), (Control) box.lookup("#objective-field-" + field.id()));
                return box;
            }
            case NUMBER, PERCENT -> {
                TextField text = textField(field.valueProperty());
                text.setPrefColumnCount(10);
                text.setMaxWidth(220);
                register(field.id(), text);
                if (field.kind() == FieldKind.PERCENT) {
                    Label percent = new Label(messages.get("objective.form.percent"));
                    text.setAccessibleText(field.label() + " (" + messages.get("objective.form.percent") + ")");
                    HBox box = new HBox(8, text, percent);
                    box.setAlignment(Pos.CENTER_LEFT);
                    return box;
                }
                return text;
            }
            default -> {
                return register(field.id(), textField(field.valueProperty()));
            }
        }
    }

    private Control register(String fieldId, Control control) {
        control.setId("objective-field-" + fieldId);
        controls.put(fieldId, control);
        return control;
    }

    private TextField textField(StringProperty value) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(value);
        unbind.add(() -> text.textProperty().unbindBidirectional(value));
        return text;
    }

    /**
     * A date: a text field that keeps exactly what is typed (even if it is not a date yet, so the check can say
     * so), and beside it a calendar button (a date picker showing only its button) that writes the picked date
     * into the text field as dd/mm/yyyy. A DatePicker's own editor would wipe text it cannot read when focus
     * leaves, losing what was typed.
     */
    private Node dateInput(String fieldId, String name, StringProperty value) {
        TextField text = textField(value);
        text.setId("objective-field-" + fieldId);
        text.setPromptText("dd/mm/yyyy");
        text.setPrefColumnCount(10);
        text.setMaxWidth(220);
        DatePicker calendar = new DatePicker();
        calendar.setId("objective-calendar-" + fieldId);
        calendar.setEditable(false);
        calendar.getStyleClass().add("objective-calendar");
        calendar.setAccessibleText(messages.get("objective.form.calendar", name));
        calendar.setTooltip(new javafx.scene.control.Tooltip(messages.get("objective.form.calendar", name)));
        calendar.setValue(FieldInput.date(value.get()).orElse(null));
        boolean[] syncing = {false};
        ChangeListener<String> typed = (obs, old, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                calendar.setValue(FieldInput.date(now).orElse(null));
                syncing[0] = false;
            }
        };
        ChangeListener<LocalDate> picked = (obs, old, date) -> {
            if (!syncing[0] && date != null) {
                syncing[0] = true;
                value.set(ObjectiveBuilderViewModel.DISPLAY_DATE.format(date));
                syncing[0] = false;
                text.requestFocus();
            }
        };
        value.addListener(typed);
        calendar.valueProperty().addListener(picked);
        unbind.add(() -> value.removeListener(typed));
        HBox box = new HBox(8, text, calendar);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node noBaseline() {
        CheckBox none = new CheckBox(messages.get("objective.baseline.none"));
        none.setId("objective-baseline-none");
        none.setWrapText(true);
        none.selectedProperty().bindBidirectional(vm.noBaselineYetProperty());
        unbind.add(() -> none.selectedProperty().unbindBidirectional(vm.noBaselineYetProperty()));
        String byName = messages.get("objective.baseline.measureBy");
        Node byBox = dateInput("measure-by", byName, vm.measureBaselineByProperty());
        Control by = (Control) byBox.lookup("#objective-field-measure-by");
        Label byLabel = new Label(byName);
        byLabel.getStyleClass().add("objective-label");
        byLabel.setLabelFor(by);
        Label message = errorMessage(vm.measureByMessageProperty());
        message.setId("objective-message-measure-by");
        controls.put(ObjectiveFields.BASELINE_MEASURE_BY, by);
        VBox dateBox = new VBox(6, byLabel, message, byBox);
        dateBox.getStyleClass().add("objective-conditional");
        dateBox.visibleProperty().bind(vm.noBaselineYetProperty());
        dateBox.managedProperty().bind(vm.noBaselineYetProperty());
        return new VBox(8, none, dateBox);
    }

    private Node targetConfirmation() {
        Label message = errorMessage(vm.targetMessageProperty());
        message.setId("objective-message-target-reason");
        CheckBox confirm = new CheckBox(messages.get("objective.target.confirm"));
        confirm.setId("objective-target-confirm");
        confirm.setWrapText(true);
        confirm.selectedProperty().bindBidirectional(vm.targetConfirmedProperty());
        unbind.add(() -> confirm.selectedProperty().unbindBidirectional(vm.targetConfirmedProperty()));
        TextField reason = textField(vm.targetReasonProperty());
        reason.setId("objective-target-reason");
        Label reasonLabel = new Label(messages.get("objective.target.reason"));
        reasonLabel.getStyleClass().add("objective-label");
        reasonLabel.setLabelFor(reason);
        Label reasonHint = wrapped(messages.get("objective.target.reason.hint"));
        reasonHint.getStyleClass().add("objective-hint");
        reason.setAccessibleHelp(messages.get("objective.target.reason.hint"));
        controls.put(ObjectiveFields.TARGET_REASON, confirm);
        VBox box = new VBox(8, message, confirm, reasonLabel, reasonHint, reason);
        box.getStyleClass().add("objective-conditional");
        box.visibleProperty().bind(vm.stretchTargetProperty());
        box.managedProperty().bind(vm.stretchTargetProperty());
        return box;
    }

    // ---- small helpers ----

    private Label errorMessage(javafx.beans.value.ObservableStringValue text) {
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("objective-error-message");
        message.textProperty().bind(text);
        message.visibleProperty().bind(Bindings.isNotEmpty(text));
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private static void toggleError(Node block, String message) {
        block.getStyleClass().remove(ERROR);
        if (message != null && !message.isEmpty()) {
            block.getStyleClass().add(ERROR);
        }
    }

    /** Tab and Shift+Tab leave a text area instead of typing a tab, so the keyboard is never trapped. */
    private static void keepTabForFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own "move focus" key; Shift keeps the direction.
                area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            }
        });
    }

    private static Label heading(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setAccessibleRole(AccessibleRole.TEXT);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
