package uk.gov.gcs.digitalskills.io.insights;

import uk.gov.gcs.digitalskills.core.insights.Count;

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

    /** What a suppressed cell shows instead of its figure. */
    public static String suppressed(Count count) {
        return count instanceof Count.Withheld ? "withheld" : fewerThan(((Count.FewerThan) count).minimum());
    }
}
