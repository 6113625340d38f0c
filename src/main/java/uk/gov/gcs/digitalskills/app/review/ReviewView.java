package uk.gov.gcs.digitalskills.app.review;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.app.review.ReviewViewModel.Field;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;

/**
 * The review form: date, actual figure, status (radio buttons), note with its count, Save. The error summary
 * is focused when it appears and links to each field, as in About you. Enter in a one-line field saves;
 * Tab follows the page order.
 */
public final class ReviewView {
    private ReviewView() {
    }

    public static Screen build(ReviewViewModel vm, Messages messages) {
        Map<Field, Control> controls = new EnumMap<>(Field.class);
        TextField date = new TextField();
        date.setId("review-date");
        date.setPromptText(messages.get("review.date.prompt"));
        date.setMaxWidth(220);
        date.textProperty().bindBidirectional(vm.dateProperty());
        controls.put(Field.DATE, date);

        TextField actual = new TextField();
        actual.setId("review-actual");
        actual.setMaxWidth(220);
        actual.textProperty().bindBidirectional(vm.actualProperty());
        controls.put(Field.ACTUAL, actual);

        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox();
        options.getStyleClass().add("options");
        RadioButton firstRadio = null;
        for (ReviewStatus status : vm.statuses()) {
            RadioButton radio = new RadioButton(vm.statusText(status));
            radio.setId("review-status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            radio.setToggleGroup(group);
            radio.setUserData(status);
            radio.getStyleClass().add("option");
            radio.setWrapText(true);
            radio.setMaxWidth(Double.MAX_VALUE);
            radio.setSelected(status == vm.statusProperty().get());
            options.getChildren().add(radio);
            if (firstRadio == null) {
                firstRadio = radio;
            }
        }
        vm.statusProperty().addListener((o, was, now) -> group.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == now)));
        // The group, not each radio's action: arrow keys move the selection without firing an action.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.statusProperty().set((ReviewStatus) now.getUserData());
            }
        });
        controls.put(Field.STATUS, firstRadio);

        TextArea note = new TextArea();
        note.setId("review-note");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.textProperty().bindBidirectional(vm.noteProperty());
        controls.put(Field.NOTE, note);
        Label count = Ui.hint("");
        count.setId("review-note-count");
        count.textProperty().bind(vm.noteCount());

        VBox summary = errorSummary(vm, messages, controls);
        Label problem = Ui.body(vm.problemProperty());
        problem.setId("review-problem");
        problem.getStyleClass().add(Ui.ERROR_MESSAGE);
        showWhen(problem, vm.problemProperty().isNotEmpty());
        Button copy = Ui.copyDetails(messages, "review-problem", vm.problemDetailsProperty()::get);
        showWhen(copy, vm.problemDetailsProperty().isNotEmpty());

        Button save = Ui.primary(messages.get("review.save"), () -> {
            if (!vm.save()) {
                summary.requestFocus();
            }
        });
        save.setId("review-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        // Tab leaves the note for Save, Shift+Tab for the statuses, as in every other field: in a TextArea Tab
        // would type a tab character, which a keyboard user does not expect in a short note.
        RadioButton statusStart = firstRadio;
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                if (event.isShiftDown()) {
                    group.getToggles().stream().map(RadioButton.class::cast).filter(RadioButton::isSelected)
                            .findFirst().orElse(statusStart).requestFocus();
                } else {
                    save.requestFocus();
                }
            }
        });

        Hyperlink back = Ui.backLink(messages.get("common.back"), vm::back);
        back.setId("review-back");

        VBox page = Ui.page(back, summary, problem, copy, Ui.heading(vm.heading(), "l"));
        if (!vm.objectiveText().isEmpty()) {
            Label objective = Ui.body(vm.objectiveText());
            objective.setId("review-objective");
            VBox inset = new VBox(6, Ui.caption(messages.get("review.objective")), objective);
            inset.getStyleClass().add(Ui.INSET);
            page.getChildren().add(inset);
        }
        page.getChildren().addAll(
                group(vm, Field.DATE, date, messages.get("review.date"), messages.get("review.date.hint"), null, messages),
                group(vm, Field.ACTUAL, actual, messages.get("review.actual"), messages.get("review.actual.hint"), null,
                        messages),
                group(vm, Field.STATUS, options, vm.statusQuestion(), null, firstRadio, messages),
                group(vm, Field.NOTE, note, messages.get("review.note"), messages.get("review.note.hint", 
                        ReviewViewModel.NOTE_MAX), null, messages),
                count, save);
        // Enter in a one-line field saves, as a GOV.UK form's button does; in the note it starts a new line.
        page.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isAltDown()
                    && (event.getTarget() instanceof TextField || event.getTarget() instanceof RadioButton)) {
                save.fire();
                event.consume();
            }
        });
        return Screen.of("review-screen", page, date, vm::back);
    }

    private static VBox errorSummary(ReviewViewModel vm, Messages messages, Map<Field, Control> controls) {
        VBox summary = new VBox();
        summary.setId("review-error-summary");
        summary.getStyleClass().add("error-summary");
        summary.setFocusTraversable(true);
        summary.setAccessibleRole(AccessibleRole.TEXT);
        VBox list = new VBox(6);
        summary.getChildren().addAll(Ui.heading(messages.get("common.errorSummary"), "m"), list);
        vm.errors().addListener((ListChangeListener<ReviewViewModel.FieldError>) change -> {
            list.getChildren().clear();
            for (ReviewViewModel.FieldError error : vm.errors()) {
                Hyperlink link = Ui.link(error.message(), () -> controls.get(error.field()).requestFocus());
                link.getStyleClass().add("error-link");
                link.setId("review-error-" + error.field().name().toLowerCase(java.util.Locale.ROOT));
                list.getChildren().add(link);
            }
            summary.setAccessibleText(messages.get("common.sentences", messages.get("common.errorSummary"),
                    String.join(". ", vm.errors().stream().map(ReviewViewModel.FieldError::message).toList())));
        });
        showWhen(summary, Bindings.isNotEmpty(vm.errors()));
        return summary;
    }

    /** A label, hint, error message and the control; {@code labelled} is what the label names (default: control). */
    private static VBox group(ReviewViewModel vm, Field field, Node control, String labelText, String hintText,
                              Control labelled, Messages messages) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        Control target = labelled != null ? labelled : (Control) control;
        label.setLabelFor(target);
        VBox group = new VBox(6, label);
        group.getStyleClass().add("field-group");
        String help = hintText == null ? "" : hintText;
        if (hintText != null) {
            group.getChildren().add(Ui.hint(hintText));
        }
        Label error = new Label();
        error.getStyleClass().add(Ui.ERROR_MESSAGE);
        error.setWrapText(true);
        error.setId("review-" + field.name().toLowerCase(java.util.Locale.ROOT) + "-error");
        error.textProperty().bind(vm.errorProperty(field));
        showWhen(error, vm.errorProperty(field).isNotEmpty());
        group.getChildren().addAll(error, control);
        target.setAccessibleHelp(help.isEmpty() ? labelText : messages.get("common.sentences", labelText, help));
        vm.errorProperty(field).addListener((o, was, now) -> {
            group.getStyleClass().remove(Ui.ERROR);
            control.getStyleClass().remove(Ui.ERROR);
            if (!now.isEmpty()) {
                group.getStyleClass().add(Ui.ERROR);
                control.getStyleClass().add(Ui.ERROR);
            }
            target.setAccessibleHelp(now.isEmpty() ? help : messages.get("common.sentences", now, help));
        });
        return group;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }
}
