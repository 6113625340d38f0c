package uk.gov.gcs.digitalskills.core.objective;

/** What a template field holds, which decides the control the builder shows and how it is checked. */
public enum FieldKind {
    TEXT, NUMBER, PERCENT, DATE, CHOICE
}
