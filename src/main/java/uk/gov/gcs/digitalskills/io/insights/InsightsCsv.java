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
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.GroupSummary;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.QuestionSummary;
import uk.gov.gcs.digitalskills.io.AtomicFiles;
import uk.gov.gcs.digitalskills.io.WriteFailedException;

/**
 * Insights as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads é, £ and ’ correctly), CRLF line
 * ends, the anonymisation and suppression statements first, then a table of areas and one of the
 * lowest-scoring questions, each row naming its group.
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
        out.append("\r\n");
        List<String> header = new ArrayList<>(List.of("Grouping", "Group", "Results", "Area", "Results in area",
                "Mean %", "Median %"));
        report.levels().forEach(l -> header.add(l.label()));
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
                row(out, cells.toArray(String[]::new));
            }
        }
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
        return out.toString();
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
