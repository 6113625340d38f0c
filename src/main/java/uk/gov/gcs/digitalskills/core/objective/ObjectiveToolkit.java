package uk.gov.gcs.digitalskills.core.objective;

import java.util.List;
import java.util.Optional;

/** A set of objective templates written for one questionnaire. */
public record ObjectiveToolkit(String id, String version, String questionnaireId, List<ObjectiveTemplate> templates) {
    public ObjectiveToolkit {
        templates = List.copyOf(templates);
    }

    public Optional<ObjectiveTemplate> template(String templateId) {
        return templates.stream().filter(t -> t.id().equals(templateId)).findFirst();
    }
}
