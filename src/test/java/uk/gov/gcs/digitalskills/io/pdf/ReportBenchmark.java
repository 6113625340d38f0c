package uk.gov.gcs.digitalskills.io.pdf;

import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

/**
 * Median time to write a full appraisal PDF in a warm JVM. Run through {@code bench/report-bench.sh}, which
 * also times one cold {@code report} command. Arguments: warm-up runs, measured runs (default 300, 200).
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    @SuppressWarnings("java:S106") // a benchmark prints its figures
    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.OFF);
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ScoredResult scored = ReportFixtures.scored(ReportFixtures.fullRecord());
        Optional<ObjectiveTemplate> template = Optional.of(ReportFixtures.objectiveTemplate());
        byte[] resultFile = ResultJson.toBytes(scored.record(), scored.scores());
        AppraisalReport report = new AppraisalReport("benchmark");
        int size = 0;
        for (int i = 0; i < warmUp; i++) {
            size = report.toBytes(scored, template, resultFile).length;
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            report.toBytes(scored, template, resultFile);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("warm report (%d warm-up, %d measured, %d bytes): median %.1f ms, p90 %.1f ms, min %.1f ms%n",
                warmUp, runs, size, nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[0] / 1e6);
    }
}
