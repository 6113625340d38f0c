package uk.gov.gcs.digitalskills.app.objective;

/**
 * A template offered on the screen, as a suggestion card or in "see all templates": its id, title, area,
 * whether it was written for the person's role, and the sentence filled with its examples.
 */
public record TemplateChoice(String templateId, String title, String areaId, String areaTitle, boolean forRole,
                             String exampleText) {
}
