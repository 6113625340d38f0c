package uk.gov.gcs.digitalskills.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.gcs.digitalskills.core.insights.AnalysisFlag;
import uk.gov.gcs.digitalskills.core.insights.AreaAnalysis;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.GroupSummary;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.ItemAnalysis;
import uk.gov.gcs.digitalskills.core.insights.ObjectivesSummary;
import uk.gov.gcs.digitalskills.core.insights.QuestionAnalysis;
import uk.gov.gcs.digitalskills.core.insights.QuestionSummary;
import uk.gov.gcs.digitalskills.core.insights.YearEndCount;
import uk.gov.gcs.digitalskills.core.insights.UnknownVersionException;
import uk.gov.gcs.digitalskills.io.AtomicFiles;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.insights.InsightsCsv;
import uk.gov.gcs.digitalskills.io.insights.InsightsJson;
import uk.gov.gcs.digitalskills.io.insights.InsightsNotes;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;

/** {@code insights}: anonymised aggregates of what was imported, with small groups suppressed. */
@Command(name = "insights", addMethodSubcommands = false, description = "Show anonymised figures for the imported results; small groups are suppressed.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:figures printed", "1:the store could not be read", "2:the command was used wrongly"})
final class InsightsCommand implements Callable<Integer> {
    enum By { role, grade, organisation }

    enum Format { table, csv, json, pdf }

    @Spec
    CommandSpec spec;

    // Not mixinStandardHelpOptions: its -V/--version would take the --version V that DESIGN.md §4 gives this
    // command (the program's own version stays at digital-skills --version).
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @ParentCommand
    Cli cli;

    @Option(names = "--by", paramLabel = "role|grade|organisation", description = "Break the figures down by this.")
    By by;

    @Option(names = "--min-group", paramLabel = "N", defaultValue = "5",
            description = "Suppress groups and cells with fewer than N results (at least 3; default ${DEFAULT-VALUE}).")
    int minGroup;

    @Option(names = "--from", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Only results completed in or after this month.")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Only results completed in or before this month.")
    YearMonth to;

    @Option(names = "--version", paramLabel = "V",
            description = "Show results of questionnaire version V (default: the newest imported). Figures never"
                    + " mix versions.")
    String version;

    @Option(names = "--format", paramLabel = "table|csv|json|pdf", defaultValue = "table",
            description = "Output format (default ${DEFAULT-VALUE}); csv is UTF-8 with a byte-order mark for Excel;"
                    + " pdf is the team report and needs -o.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of the screen (needed for pdf).")
    Path output;

    @Override
    public Integer call() {
        InsightsQuery query;
        try {
            query = new InsightsQuery(by == null ? Grouping.NONE : Grouping.valueOf(by.name().toUpperCase(Locale.ROOT)),
                    minGroup, Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(version));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "digital-skills insights: " + e.getMessage());
        }
        if (format == Format.pdf && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "digital-skills insights: --format pdf writes a file; name it with -o FILE");
        }
        InsightsReport report;
        int stored;
        try (InsightsService service = InsightsService.open(cli.dataFolder())) {
            stored = service.storedCount();
            report = service.query(query);
        } catch (DatabaseException e) {
            spec.commandLine().getErr().println("digital-skills: " + Failures.describe(e));
            return 1;
        } catch (UnknownVersionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "digital-skills insights: " + unknown(e));
        }
        if (format == Format.pdf) {
            return TeamReportOutput.write(report, stored, cli.dataFolder(), output, spec);
        }
        String text = switch (format) {
            case csv -> InsightsCsv.text(report);
            case json -> JsonSupport.writeString(InsightsJson.toJson(report)) + System.lineSeparator();
            default -> table(report, stored);
        };
        if (output != null) {
            try {
                AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
            } catch (WriteFailedException e) {
                spec.commandLine().getErr().println("digital-skills: " + Failures.describe(e));
                return 1;
            }
            spec.commandLine().getOut().println("Saved " + output);
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }

    static String unknown(UnknownVersionException e) {
        if (e.available().isEmpty()) {
            return "no results have been imported, so there is no questionnaire version " + e.version()
                    + " to show";
        }
        return "no imported results use questionnaire version " + e.version() + ". Imported versions: "
                + String.join(", ", e.available()) + ".";
    }

    static String table(InsightsReport report, int stored) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(InsightsNotes.anonymised()).append(nl);
        out.append(InsightsNotes.suppression(report.minGroupSize())).append(nl);
        out.append("Period: ").append(periodText(report)).append(". Results stored: ").append(stored).append('.')
                .append(nl);
        out.append("Questionnaire version: ").append(InsightsNotes.version(report)).append('.').append(nl);
        if (stored == 0) {
            out.append(nl).append("No results have been imported yet. Import result files or PDFs with:"
                    + " digital-skills import PATH...").append(nl);
            return out.toString();
        }
        List<GroupSummary> groups = new ArrayList<>();
        groups.add(report.overall());
        groups.addAll(report.groups());
        for (GroupSummary group : groups) {
            out.append(nl).append(group.label()).append(": ").append(count(group.count())).append(" results")
                    .append(nl);
            if (group.count().suppressed()) {
                continue;
            }
            List<String> header = new ArrayList<>(List.of("Area", "Results", "Mean %", "Median %"));
            report.levels().forEach(l -> header.add(l.label()));
            header.addAll(List.of("Over", "Aligned", "Under"));
            List<List<String>> rows = new ArrayList<>();
            rows.add(header);
            for (AreaSummary area : group.areas()) {
                List<String> row = new ArrayList<>(List.of(area.title(), count(area.count()),
                        area.mean().map(BigDecimal::toPlainString).orElse("-"),
                        area.median().map(BigDecimal::toPlainString).orElse("-")));
                if (area.levelCounts().isEmpty()) {
                    report.levels().forEach(l -> row.add("-"));
                } else {
                    area.levelCounts().forEach(c -> row.add(count(c)));
                }
                if (area.calibration().isEmpty()) {
                    List.of(1, 2, 3).forEach(i -> row.add("-"));
                } else {
                    area.calibration().forEach(c -> row.add(count(c.count())));
                }
                rows.add(row);
            }
            appendColumns(out, rows, nl);
            out.append("  Over, Aligned, Under: how many rate themselves well above (25 points or more), in line with,"
                    + " or well below what the knowledge questions show.").append(nl);
            group.objectives().ifPresent(o -> out.append("  ").append(objectivesText(o)).append(nl));
            if (!group.lowestQuestions().isEmpty()) {
                out.append("  Lowest-scoring questions (mean points as a % of the maximum):").append(nl);
                int rank = 1;
                for (QuestionSummary q : group.lowestQuestions()) {
                    out.append(String.format(Locale.UK, "  %2d. %5s%%  %s (%s, %d results)%n", rank++,
                            q.meanPercentOfMax().toPlainString(), q.text(), q.areaTitle(), q.count()));
                }
            }
        }
        analysisText(out, report.analysis(), nl);
        return out.toString();
    }

    static String objectivesText(ObjectivesSummary o) {
        if (o.results().suppressed()) {
            return "Objectives: " + count(o.results()) + " results with objective details.";
        }
        StringBuilder text = new StringBuilder("Objectives: of ").append(count(o.results()))
                .append(" results, ").append(count(o.withObjective())).append(" have an objective and ")
                .append(count(o.agreed())).append(" were agreed by their manager. Year-end:");
        String separator = " ";
        for (YearEndCount y : o.yearEnd()) {
            text.append(separator).append(InsightsNotes.yearEnd(y.status())).append(' ').append(count(y.count()));
            separator = ", ";
        }
        return text.append('.').toString();
    }

    private static void analysisText(StringBuilder out, ItemAnalysis analysis, String nl) {
        out.append(nl).append("How well the questions work (everyone in the view; each area uses the results that")
                .append(" answered all its questions, none with \"not relevant\"):").append(nl);
        for (AreaAnalysis area : analysis.areas()) {
            if (area.gap().isPresent()) {
                out.append("  ").append(area.title()).append(": ")
                        .append(InsightsNotes.gap(area.gap().get(), analysis.minimumResults())).append('.').append(nl);
                continue;
            }
            out.append(nl).append(area.title()).append(": ");
            out.append(area.results().orElseThrow()).append(" results; reliability (alpha) ")
                    .append(area.alpha().map(BigDecimal::toPlainString).orElse("not measured"))
                    .append(area.alphaGap().map(g -> " (" + InsightsNotes.gap(g, analysis.minimumResults()) + ")")
                            .orElse(""))
                    .append('.').append(nl);
            area.flags().forEach(f -> out.append("  ").append(InsightsNotes.flag(f)).append(nl));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Question", "Facility %", "Discrimination", "Flag"));
            for (QuestionAnalysis q : area.questions()) {
                rows.add(List.of(q.questionId(), q.facility().toPlainString(),
                        q.discrimination().map(BigDecimal::toPlainString).orElse("-"),
                        String.join(", ", q.flags().stream().map(AnalysisFlag::id).toList())));
            }
            appendColumns(out, rows, nl);
            if (area.questions().stream().anyMatch(q -> q.flagged(AnalysisFlag.LOW_DISCRIMINATION))) {
                out.append("  ").append(InsightsNotes.flag(AnalysisFlag.LOW_DISCRIMINATION)).append(nl);
            }
        }
    }

    private static void appendColumns(StringBuilder out, List<List<String>> rows, String nl) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? cell + pad : pad + cell).append(c + 1 < columns ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append(nl);
        }
    }

    private static String periodText(InsightsReport report) {
        if (report.query().from().isEmpty() && report.query().to().isEmpty()) {
            return "all months";
        }
        return report.query().from().map(Object::toString).orElse("the first") + " to "
                + report.query().to().map(Object::toString).orElse("the latest");
    }

    private static String count(Count count) {
        return count instanceof Count.Shown shown ? Integer.toString(shown.value())
                : InsightsNotes.suppressed(count);
    }

    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a month; write it as YYYY-MM,"
                        + " such as 2026-04");
            }
        }
    }
}
