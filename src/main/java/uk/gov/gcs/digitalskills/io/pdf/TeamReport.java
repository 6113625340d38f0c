package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.AtomicFiles;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/**
 * The team report (DESIGN.md §3.6): a PDF/UA-1 summary of the Team insights a training lead can hand on. It
 * shows only the aggregates of an {@link InsightsReport}, which carry no names, no free text and no suppressed
 * number, so the report cannot show them either. Suppressed cells read "fewer than N" or "withheld", as on
 * screen and in the CSV.
 *
 * <p>The document setup is the appraisal report's ({@link ReportDocument}, {@link ReportStyle}); each part is
 * its own class: {@link TeamIncludedSection}, {@link TeamLevelsSection} (with {@link LevelChart}),
 * {@link TeamCalibrationSection}, {@link TeamObjectivesSection}, {@link TeamTrainingSection} and the appendix
 * {@link TeamAnalysisSection}. Safe to share between threads: each report gets its own document.
 */
public final class TeamReport {
    private final String version;
    private final ReportText text = new ReportText("team-report");

    /** @param generatorVersion the app's version, printed in every page's footer */
    public TeamReport(String generatorVersion) {
        this.version = Objects.requireNonNull(generatorVersion);
    }

    /**
     * @param report        the figures, as the screen or {@code insights} computed them
     * @param stored        how many results the store holds, whatever the filters
     * @param questionnaire the view's questionnaire, for the areas' learning suggestions, when installed
     * @param made          the date printed under the title
     */
    public void write(InsightsReport report, int stored, Optional<Questionnaire> questionnaire, LocalDate made,
                      OutputStream out) throws IOException {
        ReportDocument.unwrapping(() -> {
            String title = text.get("document.title");
            ReportDocument pdf = ReportDocument.open(out, title, text.get("brand") + " " + version,
                    text.get("heading.subtitle"));
            ReportStyle style = new ReportStyle(text);
            Document document = ReportDocument.layout(pdf, style);
            document.add(new Paragraph(text.get("heading.subtitle")).setFontSize(15)
                    .setFontColor(ReportStyle.SECONDARY).setMargin(0).setMarginBottom(2));
            document.add(style.heading(StandardRoles.H1, text.get("heading.title"), "title").setFontSize(26)
                    .setMarginTop(0).setMarginBottom(4));
            document.add(style.body(text.get("heading.generated", ReportText.date(made), String.format(
                    ReportText.LOCALE, "%,d", stored))).setFontColor(ReportStyle.SECONDARY));
            new TeamIncludedSection(style, report, questionnaire).add(document);
            if (!report.overall().count().suppressed()) {
                new TeamLevelsSection(style, report).add(document, pdf);
                new TeamCalibrationSection(style, report).add(document);
                new TeamObjectivesSection(style, report).add(document);
                new TeamTrainingSection(style, report, questionnaire).add(document);
                new TeamAnalysisSection(style, report).add(document);
            }
            ReportDocument.decorate(document, pdf, style, (page, pages) -> text.get("footer", page, pages, version));
            ReportDocument.outline(pdf, style);
            document.close();
        });
    }

    /**
     * The installed questionnaire of the report's version, for its areas' learning suggestions; empty when the
     * view has no version or that version is not installed.
     */
    public static Optional<Questionnaire> questionnaireFor(InsightsReport report, ContentLibrary library) {
        return report.version().flatMap(v -> library.questionnaires().stream()
                .filter(q -> q.version().equals(v))
                .filter(q -> report.areas().stream().allMatch(a -> q.area(a.id()).isPresent()))
                .findFirst());
    }

    /** The report as bytes; see {@link #write}. */
    public byte[] toBytes(InsightsReport report, int stored, Optional<Questionnaire> questionnaire,
                          LocalDate made) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(report, stored, questionnaire, made, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Writes the report to {@code target} atomically: an old file stays whole if anything fails. */
    public void save(InsightsReport report, int stored, Optional<Questionnaire> questionnaire, LocalDate made,
                     Path target) throws WriteFailedException {
        AtomicFiles.write(target, out -> write(report, stored, questionnaire, made, out));
    }
}
