package uk.gov.gcs.digitalskills.app.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;

/**
 * The question as the heading, large radio buttons or checkboxes (in the order the ViewModel gives, shuffled for
 * knowledge items), the hint, progress, Continue and a back link. Keys: 1–9 pick or toggle the n-th option as
 * shown, N "not relevant" where it is offered, Enter continues (Alt+Left is the Navigator's).
 */
public final class QuestionView {
    private QuestionView() {
    }

    public static Screen build(QuestionViewModel vm, Messages messages) {
        Hyperlink back = Ui.backLink(messages.get("common.back"), vm::back);
        back.setId("question-back");
        Label caption = Ui.caption(vm.caption());
        caption.setId("question-caption");
        Label heading = Ui.heading(vm.heading(), "l");
        heading.setId("question-heading");

        Label error = new Label();
        error.setId("question-error");
        error.setWrapText(true);
        error.getStyleClass().add(Ui.ERROR_MESSAGE);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        List<ButtonBase> controls = new ArrayList<>();
        VBox options = new VBox();
        options.getStyleClass().add("options");
        options.setId("question-options");
        ToggleGroup group = vm.multiple() ? null : new ToggleGroup();
        List<String> labels = vm.options();
        for (int i = 0; i < labels.size(); i++) {
            int n = i;
            ButtonBase control = vm.multiple() ? checkBox(labels.get(i)) : radio(labels.get(i), group);
            control.setId("option-" + (i + 1));
            control.setAccessibleHelp(messages.get("question.option.key", i + 1));
            control.setOnAction(e -> {
                vm.choose(n);
                sync(vm.selection().get(), controls);
            });
            controls.add(control);
            options.getChildren().add(control);
        }
        vm.notApplicableLabel().ifPresent(label -> {
            Label or = new Label(messages.get("question.or"));
            or.getStyleClass().add("options-or");
            RadioButton na = radio(label, group);
            na.setId("option-na");
            na.setAccessibleHelp(messages.get("question.option.notApplicableKey"));
            na.setOnAction(e -> {
                vm.chooseNotApplicable();
                sync(vm.selection().get(), controls);
            });
            na.setUserData(QuestionViewModel.NOT_APPLICABLE);
            controls.add(na);
            options.getChildren().addAll(or, na);
        });
        vm.selection().addListener((o, was, now) -> sync(now, controls));
        sync(vm.selection().get(), controls);

        VBox field = new VBox(10);
        field.getStyleClass().add("field-group");
        vm.errorProperty().addListener((o, was, now) -> {
            field.getStyleClass().remove(Ui.ERROR);
            if (!now.isEmpty()) {
                field.getStyleClass().add(Ui.ERROR);
            }
        });
        vm.hint().ifPresent(h -> {
            Label hint = Ui.hint(h);
            hint.setId("question-hint");
            field.getChildren().add(hint);
        });
        if (vm.multiple() && vm.hint().isEmpty()) {
            // Authors usually say "Choose all that apply" in the hint; say it only when they have not.
            field.getChildren().add(Ui.hint(messages.get("question.selectAll")));
        }
        field.getChildren().addAll(error, options);

        Button continueButton = Ui.primary(messages.get("common.continue"), () -> {
            if (!vm.continueOn()) {
                focusFirst(controls);
            }
        });
        continueButton.setId("question-continue");

        ProgressBar bar = new ProgressBar(vm.progress());
        bar.setId("question-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        Label progressText = Ui.hint(vm.progressText());
        progressText.setId("question-progress-text");
        bar.setAccessibleText(vm.progressText());
        Label keys = Ui.hint(vm.keyboardHint());
        keys.setId("question-keys");
        keys.getStyleClass().add("keyboard-hint");

        VBox page = Ui.page(back, new VBox(4, caption, heading), field, continueButton,
                new VBox(6, progressText, bar), keys);
        page.addEventFilter(KeyEvent.KEY_PRESSED, event -> keys(event, vm, continueButton));
        Node first = controls.stream().filter(QuestionView::isSelected).findFirst()
                .map(Node.class::cast).orElse(controls.isEmpty() ? continueButton : controls.get(0));
        return Screen.of("question-screen", page, first, vm::back);
    }

    private static void keys(KeyEvent event, QuestionViewModel vm, Button continueButton) {
        if (event.isAltDown() || event.isControlDown() || event.isShortcutDown() || event.isMetaDown()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.ENTER) {
            Node focused = continueButton.getScene() == null ? null : continueButton.getScene().getFocusOwner();
            if (focused instanceof ButtonBase button && !(focused instanceof Toggle) && !(focused instanceof CheckBox)) {
                button.fire();
            } else {
                continueButton.fire();
            }
            event.consume();
            return;
        }
        String typed = typed(code);
        if (typed != null && vm.key(typed)) {
            event.consume();
        }
    }

    /** The character a key stands for here: digits from either row, and N. */
    static String typed(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.substring(name.length() - 1);
        }
        return code == KeyCode.N ? "n" : null;
    }

    private static void sync(Set<Integer> selected, List<ButtonBase> controls) {
        for (int i = 0; i < controls.size(); i++) {
            ButtonBase control = controls.get(i);
            int key = control.getUserData() instanceof Integer na ? na : i;
            if (control instanceof CheckBox box) {
                box.setSelected(selected.contains(key));
            } else if (control instanceof ToggleButton toggle) {
                toggle.setSelected(selected.contains(key));
            }
        }
    }

    private static boolean isSelected(ButtonBase control) {
        return control instanceof CheckBox box ? box.isSelected()
                : control instanceof ToggleButton toggle && toggle.isSelected();
    }

    private static void focusFirst(List<ButtonBase> controls) {
        if (!controls.isEmpty()) {
            controls.get(0).requestFocus();
        }
    }

    private static RadioButton radio(String label, ToggleGroup group) {
        RadioButton radio = new RadioButton(label);
        radio.setToggleGroup(group);
        styleOption(radio);
        return radio;
    }

    private static CheckBox checkBox(String label) {
        CheckBox box = new CheckBox(label);
        styleOption(box);
        return box;
    }

    private static void styleOption(ButtonBase control) {
        control.getStyleClass().add("option");
        control.setWrapText(true);
        control.setMaxWidth(Double.MAX_VALUE);
    }
}
