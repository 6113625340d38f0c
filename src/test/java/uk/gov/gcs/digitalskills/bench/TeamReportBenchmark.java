package uk.gov.gcs.digitalskills.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.LogFile;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;
import uk.gov.gcs.digitalskills.io.pdf.TeamReport;

/**
 * The team report over N stored results (docs/benchmarks.md, "Team report"): the insights query with its item
 * analysis and the PDF, as "Download team report" and {@code insights --format pdf} make it, timed warm
 * (after 10 unmeasured runs: the first measured run, then the median of the next 10). Not a test; run {@code bench/team-report.sh [N]}.
 */
public final class TeamReportBenchmark {
    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
            true, StandardCharsets.UTF_8);

    private TeamReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        LogFile.silence();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Files.createTempDirectory("team-report-bench");
        try {
            run(work, n);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Path work, int n) {
        Questionnaire questionnaire = InsightsFixtures.questionnaire();
        DataFolder folder = new DataFolder(work.resolve("store"));
        OUT.printf("stored %,d synthetic results%n", InsightsBenchmark.storeSynthetic(folder, n));
        TeamReport report = new TeamReport("bench");
        try (InsightsService service = InsightsService.open(folder)) {
            int stored = service.storedCount();
            service.store().figures();
            // Warm up the JIT on both the query and iText first: "warm" is a report made in a running app.
            for (int i = 0; i < 10; i++) {
                report.toBytes(service.query(InsightsQuery.overall()), stored, Optional.of(questionnaire),
                        LocalDate.now());
            }
            for (InsightsQuery query : List.of(InsightsQuery.overall(), InsightsQuery.overall().by(Grouping.ROLE))) {
                long[] whole = new long[11];
                long[] pdfOnly = new long[11];
                int bytes = 0;
                for (int i = 0; i < whole.length; i++) {
                    long start = System.nanoTime();
                    InsightsReport figures = service.query(query);
                    long queried = System.nanoTime();
                    bytes = report.toBytes(figures, stored, Optional.of(questionnaire), LocalDate.now()).length;
                    long end = System.nanoTime();
                    whole[i] = (end - start) / 1_000_000;
                    pdfOnly[i] = (end - queried) / 1_000_000;
                }
                OUT.printf("team report, %-9s query + PDF: first %4d ms, then median %4d ms; PDF alone: median"
                        + " %4d ms; %,d bytes%n", query.grouping().id(), whole[0], median(whole), median(pdfOnly),
                        bytes);
            }
        }
    }

    private static long median(long[] runs) {
        long[] rest = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(rest);
        return rest[rest.length / 2];
    }
}
