package uk.gov.gcs.digitalskills.app.about;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.gov.gcs.digitalskills.app.about.AboutYouViewModel.Field;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;

/** The About you form, with the GOV.UK error summary (focused when it appears) and a message by each field. */
public final class AboutYouView {
    private AboutYouView() {
    }

    public static Screen build(AboutYouViewModel vm, Messages messages) {
        Map<Field, Control> controls = new EnumMap<>(Field.class);

        TextField name = new TextField();
        name.setId("about-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        controls.put(Field.NAME, name);

        ComboBox<ProfileEntry> role = combo("about-role", vm.roles(), messages);
        role.valueProperty().bindBidirectional(vm.roleProperty());
        controls.put(Field.ROLE, role);

        ComboBox<ProfileEntry> grade = combo("about-grade", vm.grades(), messages);
        grade.valueProperty().bindBidirectional(vm.gradeProperty());
        controls.put(Field.GRADE, grade);

        ComboBox<ProfileEntry> organisation = combo("about-organisation", vm.organisations(), messages);
        organisation.valueProperty().bindBidirectional(vm.organisationProperty());
        controls.put(Field.ORGANISATION, organisation);

        TextField other = new TextField();
        other.setId("about-other-organisation");
        other.textProperty().bindBidirectional(vm.otherOrganisationProperty());
        controls.put(Field.OTHER_ORGANISATION, other);

        VBox summary = errorSummary(vm, messages, controls);

        VBox otherGroup = group(vm, Field.OTHER_ORGANISATION, other, messages.get("about.otherOrganisation"), null, messages);
        otherGroup.getStyleClass().add("conditional");
        otherGroup.visibleProperty().bind(vm.otherOrganisationShown());
        otherGroup.managedProperty().bind(otherGroup.visibleProperty());

        Hyperlink back = Ui.backLink(messages.get("common.back"), vm::back);
        back.setId("about-back");
        VBox page = Ui.page(back, summary, Ui.heading(messages.get("about.heading"), "l"),
                Ui.body(messages.get("about.intro")),
                group(vm, Field.NAME, name, messages.get("about.name"), messages.get("about.name.hint"), messages),
                group(vm, Field.ROLE, role, messages.get("about.role"), messages.get("about.role.hint"), messages),
                group(vm, Field.GRADE, grade, messages.get("about.grade"), null, messages),
                group(vm, Field.ORGANISATION, organisation, messages.get("about.organisation"),
                        messages.get("about.organisation.hint"), messages),
                otherGroup,
                continueButton(vm, messages, summary));
        return Screen.of("about-screen", page, name, vm::back);
    }

    private static Node continueButton(AboutYouViewModel vm, Messages messages, VBox summary) {
        var button = Ui.primary(messages.get("common.continue"), () -> {
            if (!vm.submit()) {
                summary.requestFocus();
            }
        });
        button.setId("about-continue");
        button.setDefaultButton(true);
        return button;
    }

    private static VBox errorSummary(AboutYouViewModel vm, Messages messages, Map<Field, Control> controls) {
        VBox summary = new VBox();
        summary.setId("about-error-summary");
        summary.getStyleClass().add("error-summary");
        summary.setFocusTraversable(true);
        summary.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        Label title = Ui.heading(messages.get("common.errorSummary"), "m");
        VBox list = new VBox(6);
        summary.getChildren().addAll(title, list);
        vm.errors().addListener((ListChangeListener<AboutYouViewModel.FieldError>) change -> {
            list.getChildren().clear();
            for (AboutYouViewModel.FieldError error : vm.errors()) {
                Hyperlink link = Ui.link(error.message(), () -> controls.get(error.field()).requestFocus());
                link.getStyleClass().add("error-link");
                list.getChildren().add(link);
            }
            summary.setAccessibleText(messages.get("common.sentences", messages.get("common.errorSummary"),
                    String.join(". ", vm.errors().stream().map(AboutYouViewModel.FieldError::message).toList())));
        });
        summary.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.errors()));
        summary.managedProperty().bind(summary.visibleProperty());
        return summary;
    }

    private static VBox group(AboutYouViewModel vm, Field field, Control control, String labelText, String hintText,
                              Messages messages) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        VBox group = new VBox(6, label);
        group.getStyleClass().add("field-group");
        StringBuilder help = new StringBuilder();
        if (hintText != null) {
            group.getChildren().add(Ui.hint(hintText));
            help.append(hintText);
        }
        Label error = new Label();
        error.getStyleClass().add(Ui.ERROR_MESSAGE);
        error.setWrapText(true);
        error.setId(control.getId() + "-error");
        error.textProperty().bind(vm.errorProperty(field));
        error.visibleProperty().bind(vm.errorProperty(field).isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        group.getChildren().addAll(error, control);
        control.setAccessibleHelp(help.toString());
        vm.errorProperty(field).addListener((o, was, now) -> {
            boolean bad = !now.isEmpty();
            group.getStyleClass().remove(Ui.ERROR);
            control.getStyleClass().remove(Ui.ERROR);
            if (bad) {
                group.getStyleClass().add(Ui.ERROR);
                control.getStyleClass().add(Ui.ERROR);
            }
            control.setAccessibleHelp(bad ? messages.get("common.sentences", now, help) : help.toString());
        });
        return group;
    }

    private static ComboBox<ProfileEntry> combo(String id, List<ProfileEntry> entries, Messages messages) {
        ComboBox<ProfileEntry> combo = new ComboBox<>();
        combo.getItems().setAll(entries);
        combo.setId(id);
        combo.setPromptText(messages.get("about.choose"));
        combo.setVisibleRowCount(12);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProfileEntry entry) {
                return entry == null ? "" : entry.label();
            }

            @Override
            public ProfileEntry fromString(String text) {
                return entries.stream().filter(e -> e.label().equals(text)).findFirst().orElse(null);
            }
        });
        return combo;
    }
}
