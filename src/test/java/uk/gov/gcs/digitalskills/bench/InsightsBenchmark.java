package uk.gov.gcs.digitalskills.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.insights.AnonymisedResult;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.LogFile;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;

/**
 * Insights benchmarks, run by {@code bench/insights.sh} (never by {@code mvnw verify}):
 * <pre>
 *   import RESULTS PDFS   generate synthetic result files and appraisal PDFs, import each set into a fresh
 *                         store and print files per second (after a warm-up import of 500 files)
 *   query N               store N synthetic results and print the time of insights queries over them
 *                         (every query includes calibration and the item analysis); then the team report
 * </pre>
 */
public final class InsightsBenchmark {
    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private InsightsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        LogFile.silence();
        Path work = Files.createTempDirectory("insights-bench");
        try {
            if (args.length >= 1 && args[0].equals("import")) {
                int results = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
                int pdfs = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
                importBenchmark(work, results, pdfs);
            } else if (args.length >= 1 && args[0].equals("query")) {
                queryBenchmark(work, args.length > 1 ? Integer.parseInt(args[1]) : 100_000);
            } else {
                OUT.println("usage: InsightsBenchmark import [RESULTS [PDFS]] | query [N]");
            }
        } finally {
            delete(work);
        }
    }

    private static void importBenchmark(Path work, int results, int pdfs) {
        Random random = new Random(42);
        OUT.printf("generating %,d result files and %,d PDFs in %s%n", results, pdfs, work);
        Path warmup = generate(work.resolve("warmup"), 500, 0, random);
        Path resultFolder = generate(work.resolve("results"), results, 0, random);
        Path pdfFolder = generate(work.resolve("pdfs"), 0, pdfs, random);
        time("warm-up", work.resolve("store-warmup"), warmup, 500);
        time("result files", work.resolve("store-results"), resultFolder, results);
        time("PDFs", work.resolve("store-pdfs"), pdfFolder, pdfs);
    }

    private static void time(String what, Path data, Path folder, int expected) {
        try (InsightsService service = InsightsService.open(new DataFolder(data))) {
            long start = System.nanoTime();
            ImportReport report = service.importFiles(List.of(folder));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (report.imported().size() != expected) {
                throw new IllegalStateException(what + ": expected " + expected + " imported, got " + report.imported().size()
                        + "; first rejection: " + report.rejected().stream().findFirst());
            }
            OUT.printf("%-13s %,7d files in %6.2f s = %,8.0f files/s%n", what, expected, seconds, expected / seconds);
        }
    }

    private static Path generate(Path folder, int results, int pdfs, Random random) {
        for (int i = 0; i < results; i++) {
            AssessmentRecord record = InsightsFixtures.randomRecord(random);
            InsightsFixtures.writeResult(folder.resolve("team-" + i % 20), "r" + i + ".dsa.json", record);
        }
        for (int i = 0; i < pdfs; i++) {
            AssessmentRecord record = InsightsFixtures.randomRecord(random);
            InsightsFixtures.writePdf(folder.resolve("team-" + i % 20).resolve("appraisal-" + i + ".pdf"),
                    InsightsFixtures.resultBytes(record));
        }
        return folder;
    }

    /** Writes {@code n} random anonymised results straight into a new store (no files); returns its count. */
    static long storeSynthetic(DataFolder folder, int n) {
        Questionnaire questionnaire = InsightsFixtures.questionnaire();
        Random random = new Random(7);
        try (InsightsStore store = InsightsStore.open(folder)) {
            List<AnonymisedResult> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AssessmentRecord record = InsightsFixtures.randomRecord(random);
                batch.add(AnonymisedResult.of(record, questionnaire,
                        Scorer.score(questionnaire, record.respondent().role(), record.answers())));
                if (batch.size() == 1000 || i == n - 1) {
                    store.insert(batch, List.of(Layout.of(questionnaire)));
                    batch.clear();
                }
            }
            return store.count();
        }
    }

    private static void queryBenchmark(Path work, int n) {
        DataFolder folder = new DataFolder(work.resolve("store"));
        long start = System.nanoTime();
        long stored = storeSynthetic(folder, n);
        OUT.printf("stored %,d synthetic results in %.1f s%n", stored, (System.nanoTime() - start) / 1e9);
        try (InsightsService service = InsightsService.open(folder)) {
            long load = System.nanoTime();
            int loaded = service.store().figures().size();
            OUT.printf("opened the store and read %,d results' figures into memory in %d ms (once per session)%n",
                    loaded, (System.nanoTime() - load) / 1_000_000);
            InsightsQuery overall = InsightsQuery.overall();
            InsightsQuery byOrganisation = overall.by(Grouping.ORGANISATION);
            InsightsQuery byRolePeriod = overall.by(Grouping.ROLE).between(
                    Optional.of(java.time.YearMonth.of(2025, 4)), Optional.of(java.time.YearMonth.of(2026, 3)));
            measure(service, "overall", overall);
            measure(service, "by organisation", byOrganisation);
            measure(service, "by role, 12-month period", byRolePeriod);
            InsightsReport report = service.query(overall);
            long analysed = report.analysis().areas().stream().filter(a -> a.analysed()).count();
            OUT.printf("item analysis: %d of %d areas analysed, listwise results per area %s%n", analysed,
                    report.analysis().areas().size(), report.analysis().areas().stream()
                            .map(a -> a.results().isPresent() ? String.valueOf(a.results().getAsInt()) : "-").toList());
            teamReport(service, report);
        }
    }

    /**
     * The team report's timing (target ≤ 1 s warm, DESIGN.md §3.6): the query and the PDF from it. The hook
     * for the team report PDF (io/pdf, helper "teamreport"): replace the body of {@link #writeTeamReport}.
     */
    private static void teamReport(InsightsService service, InsightsReport report) {
        if (!writeTeamReport(report, null)) {
            OUT.println("team report: not measured (no team report in this build)");
            return;
        }
        measure("team report (query + PDF)", 5, 11, () -> {
            try {
                Path pdf = Files.createTempFile("team-report", ".pdf");
                writeTeamReport(service.query(report.query()), pdf);
                Files.deleteIfExists(pdf);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Writes the team report to {@code pdf} (when not null); false when this build has no team report. */
    private static boolean writeTeamReport(InsightsReport report, Path pdf) {
        if (pdf != null) {
            try {
                new uk.gov.gcs.digitalskills.io.pdf.TeamReport("bench").save(report,
                        report.overall().count().shown().orElse(0), Optional.of(InsightsFixtures.questionnaire()),
                        java.time.LocalDate.now(), pdf);
            } catch (uk.gov.gcs.digitalskills.io.WriteFailedException e) {
                throw new IllegalStateException("the benchmark's temporary file could not be written", e);
            }
        }
        return true;
    }

    private static void measure(InsightsService service, String name, InsightsQuery query) {
        measure("insights query " + name, 10, 21, () -> service.query(query));
    }

    /** Runs {@code warmUp} times unmeasured, then {@code runs} times, and prints the median and range. */
    private static void measure(String name, int warmUp, int runs, Runnable work) {
        long firstStart = System.nanoTime();
        work.run();
        long first = (System.nanoTime() - firstStart) / 1_000_000;
        for (int i = 1; i < warmUp; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        OUT.printf("%-40s first %5d ms; warm median %6.1f ms (min %.1f, max %.1f) over %d runs after %d warm-up%n",
                name, first, millis[runs / 2], millis[0], millis[runs - 1], runs, warmUp);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
