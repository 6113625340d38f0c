package uk.gov.gcs.digitalskills.core.insights;

/** Why a figure of the item analysis is missing; io and app put it into words. */
public enum AnalysisGap {
    /** Fewer than {@link ItemAnalysis#MINIMUM_RESULTS} results answered every question of the area. */
    TOO_FEW_RESULTS("too-few-results"),
    /** Alpha needs at least two questions in the area. */
    ONE_QUESTION("one-question"),
    /** Every listwise result had the same area total, so alpha (or a correlation) is undefined. */
    NO_VARIATION("no-variation");

    private final String id;

    AnalysisGap(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
