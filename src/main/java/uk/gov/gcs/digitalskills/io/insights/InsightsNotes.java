package uk.gov.gcs.digitalskills.io.insights;

import uk.gov.gcs.digitalskills.core.insights.AnalysisFlag;
import uk.gov.gcs.digitalskills.core.insights.AnalysisGap;
import java.util.List;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.YearEndStatus;

/** The statements that go with every set of figures on the command line and in exported files. */
public final class InsightsNotes {
    private InsightsNotes() {
    }

    public static String anonymised() {
        return "Anonymised: no names are stored. Each result keeps only its assessment id, questionnaire, role,"
                + " grade, organisation, month of completion, answers and area scores.";
    }

    public static String suppression(int minGroupSize) {
        return "Small groups are suppressed: any group or cell with fewer than " + minGroupSize
                + " results shows \"fewer than " + minGroupSize + "\" and contributes no figure; where a"
                + " small group could be worked out by subtraction, the next smallest is \"withheld\" too.";
    }

    public static String fewerThan(int minGroupSize) {
        return "fewer than " + minGroupSize;
    }

    /** Why the item analysis of an area, or its alpha, is missing, in words. */
    public static String gap(AnalysisGap gap, int minimumResults) {
        return switch (gap) {
            case TOO_FEW_RESULTS -> "fewer than " + minimumResults + " results answered every question in this"
                    + " area without \"not relevant\"";
            case ONE_QUESTION -> "the area has only one question, and reliability needs at least two";
            case NO_VARIATION -> "every result had the same total in this area, so there is no variation to measure";
        };
    }

    /** What a flag means and what to do about it, for questionnaire authors. */
    public static String flag(AnalysisFlag flag) {
        return switch (flag) {
            case LOW_DISCRIMINATION -> "Low discrimination: people who do well in the rest of the area do not do"
                    + " better on this question. Check it for ambiguous wording or a wrong best answer.";
            case LOW_RELIABILITY -> "Low reliability: the questions in this area do not agree well with each other."
                    + " Review the flagged questions, or whether the area measures one skill.";
        };
    }

    /** The version the figures show, and the other versions imported. */
    public static String version(InsightsReport report) {
        if (report.version().isEmpty()) {
            return "none imported";
        }
        List<String> others = report.versions().stream().filter(v -> !v.equals(report.version().get())).toList();
        return report.version().get() + (others.isEmpty() ? "" : " (also imported, shown separately: "
                + String.join(", ", others) + ")");
    }

    /** A year-end status in words. */
    public static String yearEnd(YearEndStatus status) {
        return switch (status) {
            case MET -> "met";
            case PARTLY_MET -> "partly met";
            case NOT_MET -> "not met";
        };
    }

    /** What a suppressed cell shows instead of its figure. */
    public static String suppressed(Count count) {
        return count instanceof Count.Withheld ? "withheld" : fewerThan(((Count.FewerThan) count).minimum());
    }
}
