package uk.gov.gcs.digitalskills.core.questionnaire;

/** Names one version of a questionnaire, as result files do. */
public record QuestionnaireRef(String id, String version) {
    @Override
    public String toString() {
        return id + " " + version;
    }
}
