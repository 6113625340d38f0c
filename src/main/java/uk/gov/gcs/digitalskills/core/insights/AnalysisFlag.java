package uk.gov.gcs.digitalskills.core.insights;

/** What the item analysis flags (DESIGN.md §3.5). */
public enum AnalysisFlag {
    /** A question whose discrimination is below {@link ItemAnalysis#LOW_DISCRIMINATION}. */
    LOW_DISCRIMINATION("low-discrimination"),
    /** An area whose alpha is below {@link ItemAnalysis#LOW_RELIABILITY}. */
    LOW_RELIABILITY("low-reliability");

    private final String id;

    AnalysisFlag(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
