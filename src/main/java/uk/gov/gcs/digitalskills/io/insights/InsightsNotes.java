package uk.gov.gcs.digitalskills.io.insights;

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
                + " results shows \"fewer than " + minGroupSize + "\" and contributes no figure.";
    }

    public static String fewerThan(int minGroupSize) {
        return "fewer than " + minGroupSize;
    }
}
