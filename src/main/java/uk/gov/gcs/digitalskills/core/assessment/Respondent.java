package uk.gov.gcs.digitalskills.core.assessment;

/**
 * Who answered. Role and grade are profile ids; organisation is a profile id or the text typed after
 * choosing "Other". Any part may be null (name is optional; old files may lack the rest).
 */
public record Respondent(String name, String role, String grade, String organisation) {
    public static final Respondent ANONYMOUS = new Respondent(null, null, null, null);
}
