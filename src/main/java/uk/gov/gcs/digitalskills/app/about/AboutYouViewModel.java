package uk.gov.gcs.digitalskills.app.about;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Profile;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;

/**
 * "About you": name (optional), role, grade and organisation from the questionnaire's lists, with "Other"
 * and a typed name for organisations not listed. Errors are listed in a summary and shown by each field.
 */
public final class AboutYouViewModel {
    public static final String OTHER = "other";
    static final int MAX_LENGTH = 100;

    /** The fields, in the order the page shows them; the error summary links to them by these ids. */
    public enum Field {
        NAME, ROLE, GRADE, ORGANISATION, OTHER_ORGANISATION
    }

    /** One line of the error summary. */
    public record FieldError(Field field, String message) {
    }

    private final AssessmentSession session;
    private final Messages messages;
    private final Routes routes;
    private final boolean returnToCheck;
    private final Profile profile;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProfileEntry> role = new SimpleObjectProperty<>();
    private final ObjectProperty<ProfileEntry> grade = new SimpleObjectProperty<>();
    private final ObjectProperty<ProfileEntry> organisation = new SimpleObjectProperty<>();
    private final StringProperty otherOrganisation = new SimpleStringProperty("");
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();
    private final java.util.Map<Field, ReadOnlyStringWrapper> fieldErrors = new java.util.EnumMap<>(Field.class);

    public AboutYouViewModel(AssessmentSession session, Messages messages, Routes routes, boolean returnToCheck) {
        this.session = session;
        this.messages = messages;
        this.routes = routes;
        this.returnToCheck = returnToCheck;
        this.profile = session.questionnaire().profile();
        for (Field field : Field.values()) {
            fieldErrors.put(field, new ReadOnlyStringWrapper(""));
        }
        Respondent r = session.respondent();
        name.set(r.name() == null ? "" : r.name());
        role.set(find(profile.roles(), r.role()).orElse(null));
        grade.set(find(profile.grades(), r.grade()).orElse(null));
        if (r.organisation() != null) {
            Optional<ProfileEntry> listed = find(profile.organisations(), r.organisation());
            if (listed.isPresent()) {
                organisation.set(listed.get());
            } else {
                organisation.set(find(profile.organisations(), OTHER).orElse(null));
                otherOrganisation.set(r.organisation());
            }
        }
    }

    public List<ProfileEntry> roles() {
        return profile.roles();
    }

    public List<ProfileEntry> grades() {
        return profile.grades();
    }

    public List<ProfileEntry> organisations() {
        return profile.organisations();
    }

    /** True while "Other" is the organisation, which reveals the text field. */
    public BooleanBinding otherOrganisationShown() {
        return Bindings.createBooleanBinding(() -> organisation.get() != null && OTHER.equals(organisation.get().id()),
                organisation);
    }

    /** Checks the answers; when they are fine saves them and moves on, otherwise fills the errors. */
    public boolean submit() {
        List<FieldError> found = new ArrayList<>();
        String typedName = name.get().strip();
        if (typedName.length() > MAX_LENGTH) {
            found.add(new FieldError(Field.NAME, messages.get("about.error.nameTooLong", MAX_LENGTH)));
        }
        if (role.get() == null) {
            found.add(new FieldError(Field.ROLE, messages.get("about.error.role")));
        }
        if (grade.get() == null) {
            found.add(new FieldError(Field.GRADE, messages.get("about.error.grade")));
        }
        String typedOrganisation = otherOrganisation.get().strip();
        if (organisation.get() == null) {
            found.add(new FieldError(Field.ORGANISATION, messages.get("about.error.organisation")));
        } else if (OTHER.equals(organisation.get().id())) {
            if (typedOrganisation.isEmpty()) {
                found.add(new FieldError(Field.OTHER_ORGANISATION, messages.get("about.error.otherOrganisation")));
            } else if (typedOrganisation.length() > MAX_LENGTH) {
                found.add(new FieldError(Field.OTHER_ORGANISATION,
                        messages.get("about.error.otherOrganisationTooLong", MAX_LENGTH)));
            }
        }
        fieldErrors.values().forEach(e -> e.set(""));
        found.forEach(e -> fieldErrors.get(e.field()).set(e.message()));
        errors.setAll(found);
        if (!found.isEmpty()) {
            return false;
        }
        String organisationValue = OTHER.equals(organisation.get().id()) ? typedOrganisation : organisation.get().id();
        session.updateRespondent(new Respondent(typedName.isEmpty() ? null : typedName, role.get().id(),
                grade.get().id(), organisationValue));
        if (returnToCheck && session.allComplete()) {
            routes.checkAnswers();
        } else {
            routes.taskList();
        }
        return true;
    }

    /** Back: to the check page when changing from there, to the task list once started, else to the start. */
    public void back() {
        if (returnToCheck) {
            routes.checkAnswers();
        } else if (session.started()) {
            routes.taskList();
        } else {
            routes.start();
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProfileEntry> roleProperty() {
        return role;
    }

    public ObjectProperty<ProfileEntry> gradeProperty() {
        return grade;
    }

    public ObjectProperty<ProfileEntry> organisationProperty() {
        return organisation;
    }

    public StringProperty otherOrganisationProperty() {
        return otherOrganisation;
    }

    public ObservableList<FieldError> errors() {
        return errors;
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    private static Optional<ProfileEntry> find(List<ProfileEntry> entries, String id) {
        return id == null ? Optional.empty() : entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
