package uk.gov.gcs.digitalskills.core.insights;

import java.util.Locale;

/** What aggregates are broken down by, besides the overall figures. */
public enum Grouping {
    NONE, ROLE, GRADE, ORGANISATION;

    /** The lower-case name the command line uses: role, grade, organisation. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
