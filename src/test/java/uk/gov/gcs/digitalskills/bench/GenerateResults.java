package uk.gov.gcs.digitalskills.bench;

import java.nio.file.Path;
import java.util.Random;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.io.LogFile;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;

/**
 * Writes N synthetic, valid result files (random answers to the bundled questionnaire, in 20 sub-folders)
 * into a folder: the input of the cold {@code import} measurement in {@code bench/startup.sh}. The same
 * files as {@link InsightsBenchmark} imports, but only written, so that the packaged command can time them.
 *
 * <pre>  GenerateResults N FOLDER</pre>
 */
public final class GenerateResults {
    private GenerateResults() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateResults N FOLDER");
        }
        LogFile.silence();
        int count = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        Random random = new Random(42);   // the same files every run
        for (int i = 0; i < count; i++) {
            AssessmentRecord record = InsightsFixtures.randomRecord(random);
            InsightsFixtures.writeResult(folder.resolve("team-" + i % 20), "r" + i + ".dsa.json", record);
        }
    }
}
