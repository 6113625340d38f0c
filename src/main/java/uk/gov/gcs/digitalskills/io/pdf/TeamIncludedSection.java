package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Table;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/** "What is included": questionnaire version, period, grouping, results, the minimum group size and the rule. */
final class TeamIncludedSection {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", ReportText.LOCALE);

    private final ReportStyle style;
    private final ReportText text;
    private final InsightsReport report;
    private final Optional<Questionnaire> questionnaire;

    TeamIncludedSection(ReportStyle style, InsightsReport report, Optional<Questionnaire> questionnaire) {
        this.style = style;
        this.text = style.text;
        this.report = report;
        this.questionnaire = questionnaire;
    }

    void add(Document document) {
        document.add(style.sectionHeading("included.heading", "included"));
        Table table = style.keyValueTable();
        String version = report.version().map(v -> questionnaire.filter(q -> q.version().equals(v))
                .map(q -> text.get("included.questionnaireValue", q.title(), v))
                .orElse(text.get("included.versionOnly", v))).orElse(text.get("included.questionnaireUnknown"));
        style.keyValue(table, text.get("included.questionnaire"), version);
        style.keyValue(table, text.get("included.period"), period(report));
        style.keyValue(table, text.get("included.grouping"),
                text.get("grouping." + report.query().grouping().id()));
        style.keyValue(table, text.get("included.results"), TeamCells.count(report.overall().count()));
        style.keyValue(table, text.get("included.minimum"),
                text.get("included.minimumValue", report.minGroupSize()));
        document.add(table);
        java.util.List<String> others = report.versions().stream()
                .filter(v -> !report.version().map(v::equals).orElse(false)).toList();
        if (!others.isEmpty()) {
            document.add(style.body(text.get("included.otherVersions", String.join(", ", others))));
        }
        document.add(style.body(text.get("included.suppression", report.minGroupSize())));
        document.add(style.body(text.get("included.anonymised")));
        Count overall = report.overall().count();
        if (overall instanceof Count.Shown shown && shown.value() == 0) {
            document.add(style.inset(style.body(text.get("included.nothing")).setMargin(0), ReportStyle.BLUE));
        } else if (overall.suppressed()) {
            document.add(style.inset(style.body(text.get("included.allSuppressed", report.minGroupSize()))
                    .setMargin(0), ReportStyle.BLUE));
        }
    }

    /** "All months", "April 2026 to March 2027", "From April 2026" or "Up to March 2027". */
    String period(InsightsReport report) {
        Optional<YearMonth> from = report.query().from();
        Optional<YearMonth> to = report.query().to();
        if (from.isPresent() && to.isPresent()) {
            return text.get("included.fromTo", MONTH.format(from.get()), MONTH.format(to.get()));
        }
        return from.map(f -> text.get("included.from", MONTH.format(f)))
                .or(() -> to.map(t -> text.get("included.to", MONTH.format(t))))
                .orElse(text.get("included.allMonths"));
    }
}
