package uk.gov.gcs.digitalskills.core.questionnaire;

import java.util.List;
import java.util.Optional;

/** The lists a respondent chooses from on "About you". */
public record Profile(List<ProfileEntry> roles, List<ProfileEntry> grades, List<ProfileEntry> organisations) {
    public Profile {
        roles = List.copyOf(roles);
        grades = List.copyOf(grades);
        organisations = List.copyOf(organisations);
    }

    public Optional<ProfileEntry> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
