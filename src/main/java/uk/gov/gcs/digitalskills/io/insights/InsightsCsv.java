package uk.gov.gcs.digitalskills.io.insights;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.gcs.digitalskills.core.insights.AnalysisFlag;
import uk.gov.gcs.digitalskills.core.insights.AreaAnalysis;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.GroupSummary;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.ItemAnalysis;
import uk.gov.gcs.digitalskills.core.insights.ObjectivesSummary;
import uk.gov.gcs.digitalskills.core.insights.QuestionAnalysis;
import uk.gov.gcs.digitalskills.core.insights.QuestionSummary;
import uk.gov.gcs.digitalskills.core.insights.YearEndStatus;
import uk.gov.gcs.digitalskills.io.AtomicFiles;
import uk.gov.gcs.digitalskills.io.WriteFailedException;

/**
 * Insights as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads é, £ and ’ correctly), CRLF line
 * ends, the anonymisation and suppression statements and the questionnaire version first, then these
 * sections, each a table with its own heading row and each row naming its group: areas (with the level and
 * calibration counts), objectives, the lowest-scoring questions, and the item analysis.
 */
public final class InsightsCsv {
    public static final String BOM = "\uFEFF";

    private InsightsCsv() {
    }

    public static String text(InsightsReport report) {
        StringBuilder out = new StringBuilder(BOM);
        int min = report.minGroupSize();
        row(out, InsightsNotes.anonymised());
        row(out, InsightsNotes.suppression(min));
        row(out, "Period: " + period(report));
        row(out, "Questionnaire version: " + InsightsNotes.version(report));
        out.append("\r\n");
        List<String> header = new ArrayList<>(List.of("Grouping", "Group", "Results", "Area", "Results in area",
                "Mean %", "Median %"));
        report.levels().forEach(l -> header.add(l.label()));
        header.addAll(CALIBRATION_HEADINGS);
        row(out, header.toArray(String[]::new));
        String grouping = report.query().grouping().id();
        for (GroupSummary group : groups(report)) {
            String groupingName = group == report.overall() ? "overall" : grouping;
            if (group.count().suppressed()) {
                row(out, groupingName, group.label(), cell(group.count()));
                continue;
            }
            for (AreaSummary area : group.areas()) {
                List<String> cells = new ArrayList<>(List.of(groupingName, group.label(), cell(group.count()),
                        area.title(), cell(area.count()), number(area.mean()), number(area.median())));
                area.levelCounts().forEach(c -> cells.add(cell(c)));
                if (area.calibration().isEmpty()) {
                    CALIBRATION_HEADINGS.forEach(h -> cells.add(area.count().suppressed() ? "" : "not measured"));
                } else {
                    area.calibration().forEach(c -> cells.add(cell(c.count())));
                }
                row(out, cells.toArray(String[]::new));
            }
        }
        out.append("\r\n");
        objectives(out, report, grouping);
        out.append("\r\n");
        row(out, "Lowest-scoring questions (mean points as a % of the question's maximum)");
        row(out, "Grouping", "Group", "Rank", "Question id", "Area", "Question", "Results", "Mean % of maximum");
        for (GroupSummary group : groups(report)) {
            String groupingName = group == report.overall() ? "overall" : grouping;
            if (group.count().suppressed()) {
                row(out, groupingName, group.label(), cell(group.count()));
                continue;
            }
            int rank = 1;
            for (QuestionSummary q : group.lowestQuestions()) {
                row(out, groupingName, group.label(), Integer.toString(rank++), q.questionId(), q.areaTitle(), q.text(),
                        Integer.toString(q.count()), q.meanPercentOfMax().toPlainString());
            }
        }
        out.append("\r\n");
        analysis(out, report.analysis());
        return out.toString();
    }

    /** Column headings of the calibration counts, in {@link Calibration} order (over, aligned, under). */
    static final List<String> CALIBRATION_HEADINGS = List.of("Self-rating above knowledge",
            "Self-rating matches knowledge", "Self-rating below knowledge");

    private static void objectives(StringBuilder out, InsightsReport report, String grouping) {
        row(out, "Objectives (results imported before objectives were recorded are not counted)");
        List<String> header = new ArrayList<>(List.of("Grouping", "Group", "Results", "With an objective",
                "Agreed by their manager"));
        for (YearEndStatus status : YearEndStatus.values()) {
            header.add("Year-end: " + InsightsNotes.yearEnd(status));
        }
        row(out, header.toArray(String[]::new));
        for (GroupSummary group : groups(report)) {
            String groupingName = group == report.overall() ? "overall" : grouping;
            if (group.count().suppressed() || group.objectives().isEmpty()) {
                row(out, groupingName, group.label(), cell(group.count()));
                continue;
            }
            ObjectivesSummary o = group.objectives().get();
            List<String> cells = new ArrayList<>(List.of(groupingName, group.label(), cell(o.results())));
            if (!o.results().suppressed()) {
                cells.add(cell(o.withObjective()));
                cells.add(cell(o.agreed()));
                o.yearEnd().forEach(y -> cells.add(cell(y.count())));
            }
            row(out, cells.toArray(String[]::new));
        }
    }

    private static void analysis(StringBuilder out, ItemAnalysis analysis) {
        row(out, "How well the questions work (item analysis over everyone in the view: each area uses the results"
                + " that answered all its questions, none with \"not relevant\", and needs at least "
                + analysis.minimumResults() + ")");
        row(out, "Area", "Results used", "Reliability (alpha)", "Question id", "Question", "Facility %",
                "Discrimination", "Flag", "Note");
        for (AreaAnalysis area : analysis.areas()) {
            if (area.gap().isPresent()) {
                row(out, area.title(), "", "", "", "", "", "", "",
                        InsightsNotes.gap(area.gap().get(), analysis.minimumResults()));
                continue;
            }
            row(out, area.title(), Integer.toString(area.results().orElseThrow()),
                    area.alpha().map(java.math.BigDecimal::toPlainString).orElse(""), "", "", "", "",
                    String.join("; ", area.flags().stream().map(AnalysisFlag::id).toList()),
                    area.alphaGap().map(g -> InsightsNotes.gap(g, analysis.minimumResults()))
                            .or(() -> area.flags().stream().findFirst().map(InsightsNotes::flag)).orElse(""));
            for (QuestionAnalysis q : area.questions()) {
                row(out, area.title(), "", "", q.questionId(), q.text(), q.facility().toPlainString(),
                        q.discrimination().map(java.math.BigDecimal::toPlainString).orElse(""),
                        String.join("; ", q.flags().stream().map(AnalysisFlag::id).toList()),
                        q.discrimination().isEmpty() ? "no discrimination: the question or the rest of the area"
                                + " did not vary" : q.flags().stream().findFirst().map(InsightsNotes::flag).orElse(""));
            }
        }
    }


    public static void write(InsightsReport report, OutputStream stream) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write(text(report));
        writer.flush();
    }

    /** Saves the CSV atomically: the old file stays whole if anything fails. */
    public static void save(InsightsReport report, Path file) throws WriteFailedException {
        AtomicFiles.write(file, out -> write(report, out));
    }

    private static List<GroupSummary> groups(InsightsReport report) {
        return Stream.concat(Stream.of(report.overall()), report.groups().stream()).toList();
    }

    static String period(InsightsReport report) {
        Optional<String> from = report.query().from().map(Object::toString);
        Optional<String> to = report.query().to().map(Object::toString);
        if (from.isEmpty() && to.isEmpty()) {
            return "all months";
        }
        return from.orElse("the first") + " to " + to.orElse("the latest");
    }

    private static String cell(Count count) {
        return count instanceof Count.Shown shown ? Integer.toString(shown.value())
                : InsightsNotes.suppressed(count);
    }

    private static String number(Optional<java.math.BigDecimal> value) {
        return value.map(java.math.BigDecimal::toPlainString).orElse("");
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells[i]));
        }
        out.append("\r\n");
    }

    /** Quotes as RFC 4180 says, and defuses text Excel would run as a formula. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
