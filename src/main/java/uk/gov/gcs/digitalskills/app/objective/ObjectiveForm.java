package uk.gov.gcs.digitalskills.app.objective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.objective.FieldKind;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveFields;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;

/**
 * The form of the chosen template: one labelled field a block, rebuilt whenever the template changes, with the
 * baseline's "not yet" box and the stretch target's confirmation. Keeps every field's control by field id so
 * that the error summary and "Use this objective" can move focus to it.
 */
final class ObjectiveForm {
    private final ObjectiveBuilderViewModel vm;
    private final Messages messages;
    private final VBox form = new VBox(24);
    private final Map<String, Control> controls = new HashMap<>();
    /** Undoes the bindings of the fields on show, so a replaced form leaves nothing bound to the view-model. */
    private final List<Runnable> unbind = new ArrayList<>();

    ObjectiveForm(ObjectiveBuilderViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        form.setId("objective-form");
        form.setMinWidth(420);
        vm.templateProperty().addListener((obs, old, now) -> rebuild(now));
        rebuild(vm.templateProperty().get());
    }

    Node node() {
        return form;
    }

    /** The control that edits a field; the target's reason is reached through its confirmation box. */
    Optional<Control> control(String fieldId) {
        Control control = controls.get(fieldId);
        if (control == null && fieldId.equals(ObjectiveFields.TARGET_REASON)) {
            control = controls.get(ObjectiveFields.TARGET);
        }
        return Optional.ofNullable(control);
    }

    private void rebuild(ObjectiveTemplate template) {
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
        Label label = fieldLabel(field.label());
        Label hint = Ui.hint(messages.get("objective.form.hintAndExample", field.hint(), field.exampleText()));
        Label message = errorMessage(field.messageProperty());
        message.setId("objective-message-" + field.id());
        Node input = input(field);
        Control control = controls.get(field.id());
        label.setLabelFor(control);
        control.setAccessibleHelp(field.hint());
        VBox block = new VBox(label, hint, message, input);
        block.getStyleClass().add("field-group");
        markError(block, field.messageProperty().get());
        ChangeListener<String> errorStyle = (obs, old, now) -> markError(block, now);
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
                    text.setAccessibleText(messages.get("objective.form.percentField", field.label()));
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
        text.setPromptText(messages.get("objective.form.datePrompt"));
        text.setPrefColumnCount(10);
        text.setMaxWidth(220);
        DatePicker calendar = new DatePicker();
        calendar.setId("objective-calendar-" + fieldId);
        calendar.setEditable(false);
        calendar.getStyleClass().add("objective-calendar");
        calendar.setAccessibleText(messages.get("objective.form.calendar", name));
        calendar.setTooltip(new Tooltip(messages.get("objective.form.calendar", name)));
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
        Label byLabel = fieldLabel(byName);
        byLabel.setLabelFor(by);
        Label message = errorMessage(vm.measureByMessageProperty());
        message.setId("objective-message-measure-by");
        controls.put(ObjectiveFields.BASELINE_MEASURE_BY, by);
        VBox dateBox = new VBox(6, byLabel, message, byBox);
        dateBox.getStyleClass().add("conditional");
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
        Label reasonLabel = fieldLabel(messages.get("objective.target.reason"));
        reasonLabel.setLabelFor(reason);
        Label reasonHint = Ui.hint(messages.get("objective.target.reason.hint"));
        reason.setAccessibleHelp(messages.get("objective.target.reason.hint"));
        controls.put(ObjectiveFields.TARGET_REASON, confirm);
        VBox box = new VBox(8, message, confirm, reasonLabel, reasonHint, reason);
        box.getStyleClass().add("conditional");
        box.visibleProperty().bind(vm.stretchTargetProperty());
        box.managedProperty().bind(vm.stretchTargetProperty());
        return box;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        return label;
    }

    /** The red message by a field, shown only while there is something to fix. */
    static Label errorMessage(ObservableStringValue text) {
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add(Ui.ERROR_MESSAGE);
        message.textProperty().bind(text);
        message.visibleProperty().bind(Bindings.isNotEmpty(text));
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private static void markError(Node block, String message) {
        block.getStyleClass().remove(Ui.ERROR);
        if (message != null && !message.isEmpty()) {
            block.getStyleClass().add(Ui.ERROR);
        }
    }
}
